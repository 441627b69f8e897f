package org.hedgerow.core;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Names the document's schemas after what they are, without clashes. Records nested in different views share
 * simple names ({@code PostView.About} and {@code NewPost.About}, three {@code Ref}s), and springdoc would
 * document them all as the first one it met; so the document is built with fully qualified names
 * ({@code springdoc.use-fqn}) and they are shortened here: a top-level record keeps its name, a nested one is
 * prefixed with its outer record's ({@code PostViewAbout}), and a name two packages share keeps its module's.
 */
final class SchemaNames {

    private static final String REF = "#/components/schemas/";
    private static final Pattern PACKAGE = Pattern.compile("org\\.hedgerow\\.([a-z]+)\\.");

    private SchemaNames() {
    }

    static void shorten(OpenAPI api) {
        var schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        var names = new HashMap<String, String>();
        var taken = new HashMap<String, Integer>();
        schemas.keySet().forEach(name -> taken.merge(plain(name), 1, Integer::sum));
        for (String name : schemas.keySet()) {
            String plain = plain(name);
            var module = PACKAGE.matcher(name);
            names.put(name, taken.get(plain) > 1 && module.find() ? capitalised(module.group(1)) + plain : plain);
        }
        var renamed = new LinkedHashMap<String, Schema>();
        schemas.forEach((name, schema) -> renamed.put(names.get(name), schema));
        api.getComponents().setSchemas(renamed);
        renamed.values().forEach(schema -> rewrite(schema, names));
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> rewrite(parameter.getSchema(), names));
                }
                if (operation.getRequestBody() != null) {
                    rewrite(operation.getRequestBody().getContent(), names);
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> rewrite(response.getContent(), names));
                }
            }));
        }
    }

    /** {@code org.hedgerow.noticeboard.PostView.About} → {@code PostViewAbout}; generics keep their order. */
    private static String plain(String name) {
        return PACKAGE.matcher(name).replaceAll("").replaceAll("^[a-z.]+\\.", "").replace("$", "").replace(".", "");
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void rewrite(Content content, Map<String, String> names) {
        if (content != null) {
            content.values().forEach(media -> rewrite(media.getSchema(), names));
        }
    }

    private static void rewrite(Schema<?> schema, Map<String, String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null && schema.get$ref().startsWith(REF)) {
            String target = names.get(schema.get$ref().substring(REF.length()));
            if (target != null) {
                schema.set$ref(REF + target);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> rewrite(property, names));
        }
        rewrite(schema.getItems(), names);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            rewrite(values, names);
        }
        for (List<Schema> parts : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (parts != null) {
                parts.forEach(part -> rewrite(part, names));
            }
        }
        rewrite(schema.getNot(), names);
    }
}
