package org.hedgerow.core;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The contract says which fields are always there, read from the code's own JSpecify annotations: in a
 * {@link NullMarked} package every component of a record is never null unless it is declared {@link Nullable}.
 * So a record component becomes a {@code required}, non-nullable property, and a {@code @Nullable} one a
 * nullable property (a nullable nested object is an {@code allOf} of its schema, since OpenAPI 3.0 ignores
 * anything beside a {@code $ref}). In a request a {@code @Nullable} field may be left out; in an answer it is
 * still there, as {@code null} (the JSON mapper writes every field unless told otherwise with
 * {@link JsonInclude}), so a schema only answers are made of lists it as required too. Generated clients can
 * then read {@code id} and {@code name} without checking for null, and the contract test fails when the app
 * sends null where the code says it never does.
 */
@Component
class NullMarkedRecords implements ModelConverter, OpenApiCustomizer {

    /** The nullable fields the app writes even when they are null, by schema (the same object once renamed). */
    private final Map<Schema<?>, Set<String>> writtenWhenNull = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (resolved == null || type.getType() == null) {
            return resolved;
        }
        Class<?> raw = TypeFactory.defaultInstance().constructType(type.getType()).getRawClass();
        if (!raw.isRecord() || !nullMarked(raw)) {
            return resolved;
        }
        Schema<?> model = defined(resolved, context);
        if (model != null && model.getProperties() != null) {
            mark(raw, model);
        }
        return resolved;
    }

    private static @Nullable Schema<?> defined(Schema<?> resolved, ModelConverterContext context) {
        if (resolved.get$ref() == null) {
            return resolved;
        }
        String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
        return context.getDefinedModels().get(name);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void mark(Class<?> record, Schema<?> model) {
        Map<String, Schema> properties = (Map) model.getProperties();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = jsonName(component);
            Schema property = properties.get(name);
            if (property == null) {
                continue; // not written to JSON (@JsonIgnore)
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                properties.put(name, nullable(property));
                if (!leftOutWhenNull(component)) {
                    writtenWhenNull.computeIfAbsent(model, schema -> new HashSet<>()).add(name);
                }
            }
            else if (model.getRequired() == null || !model.getRequired().contains(name)) {
                model.addRequiredItem(name);
            }
        }
    }

    /** Answers carry their nullable fields too: each is required in a schema no request body uses. */
    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> inRequests = new HashSet<>();
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values()
                        .forEach(media -> reachable(media.getSchema(), schemas, inRequests));
            }
        }));
        schemas.forEach((name, schema) -> {
            if (inRequests.contains(name) || schema.getProperties() == null) {
                return;
            }
            for (String field : writtenWhenNull.getOrDefault(schema, Set.of())) {
                if (schema.getRequired() == null || !schema.getRequired().contains(field)) {
                    schema.addRequiredItem(field);
                }
            }
        });
    }

    /** Adds the name of every component schema the given schema uses, directly or through others. */
    @SuppressWarnings("rawtypes")
    private static void reachable(@Nullable Schema<?> schema, Map<String, Schema> schemas, Set<String> found) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (found.add(name) && schemas.containsKey(name)) {
                reachable(schemas.get(name), schemas, found);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reachable(property, schemas, found));
        }
        reachable(schema.getItems(), schemas, found);
        Stream.of(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()).filter(Objects::nonNull)
                .flatMap(List::stream).forEach(part -> reachable(part, schemas, found));
    }

    private static boolean leftOutWhenNull(RecordComponent component) {
        JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
        if (include == null) {
            include = component.getAnnotation(JsonInclude.class);
        }
        return include != null && include.value() != JsonInclude.Include.ALWAYS
                && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    private static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            return new Schema<>().nullable(true).allOf(List.of(new Schema<>().$ref(property.get$ref())));
        }
        return property.nullable(true);
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        if (renamed == null) {
            renamed = component.getAnnotation(JsonProperty.class);
        }
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    /** Whether the class, an enclosing class or its package is null-marked (and nothing nearer un-marks it). */
    private static boolean nullMarked(Class<?> type) {
        for (Class<?> scope = type; scope != null; scope = scope.getEnclosingClass()) {
            Boolean marked = marking(scope);
            if (marked != null) {
                return marked;
            }
        }
        Boolean marked = marking(type.getPackage());
        return marked != null && marked;
    }

    private static @Nullable Boolean marking(@Nullable AnnotatedElement element) {
        if (element == null) {
            return null;
        }
        if (element.isAnnotationPresent(NullUnmarked.class)) {
            return false;
        }
        return element.isAnnotationPresent(NullMarked.class) ? true : null;
    }
}
