package org.hedgerow.openreferral;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The published ORUK 3.0 schemas (JSON Schema 2020-12, formats asserted: uuid, uri, email, date-time), read from the
 * copies in {@code src/test/resources/oruk/schema} and never fetched: their absolute {@code $ref}s to
 * openreferraluk.org are mapped to those copies.
 */
final class OrukSchemas {

    static final String PUBLISHED = "https://openreferraluk.org/specifications/3.0/schema/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaLoader(loader -> loader
                            .fetchRemoteResources(false)
                            .schemaIdResolvers(ids -> ids.mapPrefix(PUBLISHED, "classpath:oruk/schema/"))));

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OrukSchemas() {
    }

    /** What is wrong with {@code json} as the published schema {@code name} (e.g. {@code service_list.json}). */
    static List<String> errors(String name, String json) {
        var schema = SCHEMAS.computeIfAbsent(name, file -> REGISTRY.getSchema(SchemaLocation.of(PUBLISHED + file)));
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
