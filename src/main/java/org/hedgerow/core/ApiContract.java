package org.hedgerow.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes {@code /v3/api-docs} say what each operation can really answer besides success, from the rules that
 * produce those answers rather than from 80 annotations: a 400 where there is input, 401 where sign-in is
 * needed (asked of the security rules themselves), 403 where a role is needed or a change must carry the CSRF
 * token, 404 for a path id, 409 for a change, 413 and 415 for a body, 414 and 503 everywhere under /api, 401 and
 * 429 for signing in, and what a method adds with {@link MayRefuse}. Each is one of the document's named responses,
 * an {@code application/problem+json} {@link #PROBLEM} carrying the fields a client acts on. It also says which
 * roles an operation needs and which of the two security schemes it uses, and gives the schemas clash-free names
 * ({@link SchemaNames}). The contract test (ApiContractValidation) holds the app to what this writes.
 */
@Component
class ApiContract implements OperationCustomizer, OpenApiCustomizer {

    static final String PROBLEM = "Problem";

    /** The roles a method needs and its other refusals, noted on the operation until the whole document is there. */
    private static final String ROLES = "x-hedgerow-roles";
    private static final String REFUSES = "x-hedgerow-refuses";
    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");
    private static final Set<PathItem.HttpMethod> CHANGES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    static {
        // A framework argument, not something a client sends: springdoc would show it as a required query object.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CsrfToken.class);
    }

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> access;

    ApiContract(ObjectProvider<WebInvocationPrivilegeEvaluator> access) {
        this.access = access;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod method) {
        var rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        if (rule != null) {
            var roles = new ArrayList<String>();
            Matcher role = ROLE.matcher(rule.value());
            while (role.find()) {
                roles.add(role.group(1));
            }
            operation.addExtension(ROLES, roles);
        }
        var refuses = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), MayRefuse.class);
        if (refuses != null) {
            operation.addExtension(REFUSES, java.util.Arrays.stream(refuses.value()).boxed().toList());
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI api) {
        SchemaNames.shorten(api);
        SchemaPatterns.asJsonSchema(api);
        OperationIds.name(api);
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (path.startsWith("/api/")) {
                describe(api, path, method, operation);
            }
        }));
    }

    private void describe(OpenAPI api, String path, PathItem.HttpMethod method, Operation operation) {
        @SuppressWarnings("unchecked")
        var roles = operation.getExtensions() == null ? null : (List<String>) operation.getExtensions().remove(ROLES);
        @SuppressWarnings("unchecked")
        var refuses = operation.getExtensions() == null ? List.<Integer>of()
                : (List<Integer>) operation.getExtensions().getOrDefault(REFUSES, List.of());
        if (operation.getExtensions() != null) {
            operation.getExtensions().remove(REFUSES);
        }
        if (operation.getExtensions() != null && operation.getExtensions().isEmpty()) {
            operation.setExtensions(null);
        }
        boolean change = CHANGES.contains(method);
        boolean session = path.equals("/api/session");
        boolean signInAnswers = session && (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.POST);
        boolean needsSignIn = !publicFor(path, method);
        boolean needsRole = roles != null && !roles.isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody || operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> !"path".equals(parameter.getIn()));
        boolean hasPathId = operation.getParameters() != null && operation.getParameters().stream()
                .map(Parameter::getIn).anyMatch("path"::equals);

        if (needsRole) {
            operation.setDescription(join(operation.getDescription(), "Needs the role " + String.join(" or ", roles) + "."));
        }
        var schemes = new SecurityRequirement();
        if (needsSignIn) {
            schemes.addList("session");
        }
        if (change) {
            schemes.addList("csrf");
        }
        operation.setSecurity(session && method == PathItem.HttpMethod.GET
                ? List.of(new SecurityRequirement().addList("session"), new SecurityRequirement())
                : schemes.isEmpty() ? List.of() : List.of(schemes));

        var answers = new Answers(api, operation);
        if (hasInput || hasPathId) { // a path id the firewall refuses (a NUL, an encoded slash) is a 400 too
            answers.add(400, "Invalid", "A parameter or field is not valid: `errors` names each one and what is wrong "
                    + "with it (for a closed set or a code, the values it may take).");
        }
        if (session && method == PathItem.HttpMethod.POST) {
            answers.add(401, "SignInFailed", "Wrong username or password, or the account is disabled.");
        }
        else if (needsSignIn || signInAnswers) {
            answers.add(401, "SignInFirst", "Nobody is signed in: sign in with POST /api/session.");
        }
        if (change && needsRole) {
            answers.add(403, "CsrfOrRoleRefused", "The X-XSRF-TOKEN header is missing or stale, or the account may not "
                    + "do this.");
        }
        else if (change) {
            answers.add(403, "CsrfRefused", "The X-XSRF-TOKEN header is missing or stale, or the account may not "
                    + "change this.");
        }
        else if (needsRole || refuses.contains(403)) {
            answers.add(403, "RoleRefused", "The account may not do this.");
        }
        if (hasPathId || refuses.contains(404)) {
            answers.add(404, "NotFound", "There is no such thing, or the caller may not know that there is.");
        }
        if (change && !path.startsWith("/api/session")) {
            answers.add(409, "Conflict", "The change clashes with what is there now: a stale `version` (fetch again "
                    + "and retry), a code already in use, or a move not allowed from the `currentStatus` (see "
                    + "`allowed`). Nothing was changed.");
        }
        if (hasBody) {
            answers.add(413, "BodyTooLarge", "The body is larger than the API takes.");
            answers.add(415, "NotJson", "The body is not sent as application/json.");
        }
        answers.add(414, "UriTooLong", "The URL is longer than the API takes.");
        if (session && method == PathItem.HttpMethod.POST || path.equals("/api/session/password")) {
            answers.add(429, "TooManySignIns", "Too many failed sign-ins for this account or from this address; "
                    + "`Retry-After` says when to try again.");
        }
        answers.add(503, "Busy", "Too busy to answer just now, the database cannot be reached, or the app is still "
                + "starting, and nothing was changed; `Retry-After` says when to try again.");
    }

    /** Whether somebody not signed in may make this request, as the security rules themselves say. */
    private boolean publicFor(String path, PathItem.HttpMethod method) {
        var evaluator = access.getIfAvailable();
        if (evaluator == null) {
            return false;
        }
        var anonymous = new AnonymousAuthenticationToken("api-contract", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        return evaluator.isAllowed("", path.replaceAll("\\{[^}]+}", "x"), method.name(), anonymous);
    }

    /** An operation's problem answers, each one of the document's named responses. */
    private record Answers(OpenAPI api, Operation operation) {

        void add(int status, String name, String description) {
            String code = Integer.toString(status);
            if (operation.getResponses().containsKey(code)) {
                return; // a method that documents this answer itself knows better
            }
            if (api.getComponents().getResponses() == null || !api.getComponents().getResponses().containsKey(name)) {
                api.getComponents().addResponses(name, new ApiResponse().description(description).content(new Content()
                        .addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
            operation.getResponses().addApiResponse(code, new ApiResponse().$ref("#/components/responses/" + name));
        }
    }

    /** RFC 9457 problem details, with every extra field the app's problems carry; nothing else. */
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().description("What kind of problem: a URI that stays the same "
                + "for it, such as https://hedgerow.example/problems/conflict; absent for a plain HTTP problem (415)"));
        properties.put("title", new StringSchema().description("The kind of problem, in a few words"));
        properties.put("status", new IntegerSchema().description("The HTTP status"));
        properties.put("detail", new StringSchema().description("What went wrong this time, for a person to read"));
        properties.put("instance", new StringSchema().description("The path that was asked for"));
        properties.put("errors", new ObjectSchema().additionalProperties(new StringSchema())
                .description("Each parameter or field that is not valid, and what is wrong with it (400)"));
        properties.put("currentStatus", new StringSchema()
                .description("The status the referral is in, which does not allow the move asked for (409)"));
        properties.put("allowed", new ArraySchema().items(new StringSchema())
                .description("The statuses the referral may move to from its current status (409)"));
        return new ObjectSchema().properties(properties).required(List.of("title", "status"))
                .additionalProperties(false)
                .description("An RFC 9457 problem: why the request was refused or failed");
    }

    private static String join(String description, String more) {
        return description == null || description.isBlank() ? more : description + "\n\n" + more;
    }
}
