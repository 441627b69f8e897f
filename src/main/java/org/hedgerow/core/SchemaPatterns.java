package org.hedgerow.core;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Bean Validation's {@code @Pattern} as JSON Schema means it: Java matches the whole value, JSON Schema looks for
 * the pattern anywhere in it, so each pattern is anchored; and a Java flag such as {@code (?s)} (which JSON
 * Schema's ECMA-262 patterns do not know, and a validator refuses) is spelled out: {@code .} as {@code [\s\S]}.
 */
final class SchemaPatterns {

    private SchemaPatterns() {
    }

    static void asJsonSchema(OpenAPI api) {
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(SchemaPatterns::fix);
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> fix(parameter.getSchema()));
                }
                if (operation.getRequestBody() != null) {
                    fix(operation.getRequestBody().getContent());
                }
            }));
        }
    }

    static String ecma(String pattern) {
        String body = pattern;
        if (body.startsWith("(?s)")) {
            body = body.substring(4).replaceAll("(?<!\\\\)\\.", "[\\\\s\\\\S]");
        }
        boolean anchored = body.startsWith("^") && body.endsWith("$");
        return anchored ? body : "^(?:" + body + ")$";
    }

    private static void fix(Content content) {
        if (content != null) {
            content.values().forEach(media -> fix(media.getSchema()));
        }
    }

    private static void fix(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        if (schema.getPattern() != null) {
            schema.setPattern(ecma(schema.getPattern()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(SchemaPatterns::fix);
        }
        fix(schema.getItems());
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            fix(values);
        }
        for (List<Schema> parts : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (parts != null) {
                parts.forEach(SchemaPatterns::fix);
            }
        }
    }
}
