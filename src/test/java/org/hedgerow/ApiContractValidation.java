package org.hedgerow;

import java.util.List;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcRequest;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Holds the API to its contract: every MockMvc exchange any test makes with {@code /api/...} is checked against
 * the OpenAPI document the app itself serves at {@code /v3/api-docs} (Atlassian's swagger-request-validator).
 * The answer must be documented for its operation: its status, media type and body, with no field the schema
 * does not name (every object schema is closed for the check). A request that was answered with success must
 * also be one the document describes (path, method, parameters, body); a refused request (4xx) may be wrong on
 * purpose, so only its answer is checked. Registered for every test context in META-INF/spring.factories.
 */
public class ApiContractValidation implements MockMvcBuilderCustomizer {

    /** Signing in is a session, which MockMvc carries as an object rather than the documented cookie. */
    private static final List<String> NOT_CHECKED = List.of("validation.request.security.missing",
            "validation.request.security.invalid");

    private final WebApplicationContext context;
    private volatile OpenApiInteractionValidator validator;

    public ApiContractValidation(WebApplicationContext context) {
        this.context = context;
    }

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.alwaysDo(this::check);
    }

    private void check(MvcResult result) {
        var request = result.getRequest();
        String path = request.getRequestURI();
        if (!path.startsWith("/api/") || result.getResponse().getStatus() == 405) {
            return; // a 405 is the answer to a method the document rightly does not have
        }
        var exchange = new WithoutTestToken(MockMvcRequest.of(request));
        var response = MockMvcResponse.of(result.getResponse());
        ValidationReport report = response.getStatus() < 400
                ? validator().validate(exchange, response)
                : validator().validateResponse(path, exchange.getMethod(), response);
        var errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> !validatorQuirk(message))
                // a refused request to a method the path does not have (401 before the 405) is no operation of the API
                .filter(message -> response.getStatus() < 400
                        || !message.getKey().equals("validation.request.operation.notAllowed"))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("The exchange " + exchange.getMethod() + " " + path
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + " → "
                    + response.getStatus() + " does not match /v3/api-docs:\n"
                    + errors.stream().map(message -> "  - " + message.getKey() + ": " + message.getMessage()
                                    + message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                                            .map(pointers -> " (at " + pointers.getInstance() + ")").orElse(""))
                            .collect(Collectors.joining("\n"))
                    + "\n  answer: " + answer(result));
        }
    }

    /** The validator reads a query parameter whose text is "null" (a search for the word) as JSON null. */
    private static boolean validatorQuirk(ValidationReport.Message message) {
        return message.getKey().equals("validation.request.parameter.schema.type")
                && message.getMessage().startsWith("Instance type (null)");
    }

    private static String answer(MvcResult result) {
        try {
            return result.getResponse().getContentAsString();
        }
        catch (java.io.UnsupportedEncodingException ex) {
            return "(unreadable)";
        }
    }

    private OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (this) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(closed(servedDocument()))
                            .withResolveRefs(true).withLevelResolver(levels()).build();
                }
            }
        }
        return validator;
    }

    private String servedDocument() {
        try {
            return MockMvcBuilders.webAppContextSetup(context).build().perform(get("/v3/api-docs"))
                    .andReturn().getResponse().getContentAsString();
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not read the served /v3/api-docs", ex);
        }
    }

    /** The document with every object schema closed, so that an undocumented field is an error. */
    private static String closed(String document) {
        var json = JsonMapper.builder().build();
        var tree = (ObjectNode) json.readTree(document);
        close(tree, tree.path("components").path("schemas"));
        return json.writeValueAsString(tree);
    }

    private static void close(JsonNode node, JsonNode schemas) {
        if (node instanceof ObjectNode schema) {
            if (schema.has("allOf") && schema.get("allOf").size() > 1) {
                merge(schema, schemas);
            }
            // OpenAPI 3.0 says "this object or null" as {nullable, allOf: [$ref]}; the validator needs it spelled out
            if (schema.path("nullable").asBoolean(false) && schema.has("allOf") && schema.get("allOf").size() == 1) {
                var either = schema.putArray("anyOf");
                either.add(schema.get("allOf").get(0));
                either.addObject().put("type", "null");
                schema.remove("allOf");
                schema.remove("nullable");
            }
            // ... and "one of these or null" as {nullable, oneOf: [...]}
            if (schema.path("nullable").asBoolean(false) && schema.has("oneOf")) {
                ((tools.jackson.databind.node.ArrayNode) schema.get("oneOf")).addObject().put("type", "null");
                schema.remove("nullable");
            }
            if (schema.has("properties") && schema.get("properties").isObject() && !schema.has("additionalProperties")
                    && !schema.has("oneOf") && !schema.has("anyOf")) {
                schema.put("additionalProperties", false);
            }
        }
        node.forEach(child -> close(child, schemas));
    }

    /**
     * An {@code allOf} of objects (a post's fields and its replies) as one object with all their fields, so that it
     * can be closed too: closed parts would refuse each other's fields.
     */
    private static void merge(ObjectNode schema, JsonNode schemas) {
        var properties = schema.putObject("properties");
        var required = schema.putArray("required");
        for (JsonNode part : schema.get("allOf")) {
            var resolved = part.has("$ref")
                    ? schemas.path(part.get("$ref").asString().substring("#/components/schemas/".length())) : part;
            resolved.path("properties").forEachEntry((name, property) -> properties.set(name, property.deepCopy()));
            resolved.path("required").forEach(required::add);
        }
        schema.remove("allOf");
        schema.put("type", "object");
    }

    private static LevelResolver levels() {
        var levels = LevelResolver.create();
        NOT_CHECKED.forEach(key -> levels.withLevel(key, ValidationReport.Level.IGNORE));
        // The app reads a closed set in a query parameter in any case (sort=NAME or name, day=tuesday), which a JSON
        // Schema enum cannot say: the document lists the canonical values. A value outside the set is still refused
        // by the app with a 400 that lists them, and that answer is checked.
        levels.withLevel("validation.request.parameter.schema.enum", ValidationReport.Level.WARN);
        return levels.build();
    }

    /** The request as the app's client sends it: without the {@code _csrf} parameter that Spring Security's
     * test support adds in place of the X-XSRF-TOKEN header. */
    private record WithoutTestToken(Request request) implements Request {

        private static final String TEST_TOKEN = "_csrf";

        @Override
        public String getPath() {
            return request.getPath();
        }

        @Override
        public Method getMethod() {
            return request.getMethod();
        }

        @Override
        @SuppressWarnings("deprecation")
        public java.util.Optional<String> getBody() {
            return request.getBody();
        }

        @Override
        public java.util.Optional<com.atlassian.oai.validator.model.Body> getRequestBody() {
            return request.getRequestBody();
        }

        @Override
        public java.util.Collection<String> getQueryParameters() {
            return request.getQueryParameters().stream().filter(name -> !name.equals(TEST_TOKEN)).toList();
        }

        @Override
        public java.util.Collection<String> getQueryParameterValues(String name) {
            return name.equals(TEST_TOKEN) ? List.of() : request.getQueryParameterValues(name);
        }

        @Override
        public java.util.Map<String, java.util.Collection<String>> getHeaders() {
            return request.getHeaders();
        }

        @Override
        public java.util.Collection<String> getHeaderValues(String name) {
            return request.getHeaderValues(name);
        }
    }

    /** Registers the check in every test context that has MockMvc. */
    public static class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                         List<ContextConfigurationAttributes> configAttributes) {
            return new Registration();
        }
    }

    /** Equal to every other, so that it leaves the sharing of test contexts as it was. */
    public static class Registration implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            if (context.getBeanFactory() instanceof org.springframework.beans.factory.support.BeanDefinitionRegistry registry
                    && context instanceof WebApplicationContext) {
                registry.registerBeanDefinition("apiContractValidation", new RootBeanDefinition(ApiContractValidation.class));
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Registration;
        }

        @Override
        public int hashCode() {
            return Registration.class.hashCode();
        }
    }
}
