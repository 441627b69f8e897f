package org.hedgerow.insights;

import java.util.List;

import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * How the contract shows a {@link Count}: a number, or {@code "<5"} for 1 to 4 people. Its {@code @JsonValue}
 * returns either, which springdoc could only call an object.
 */
@Configuration(proxyBeanMethods = false)
class CountSchema {

    static {
        SpringDocUtils.getConfig().replaceWithSchema(Count.class, new ComposedSchema()
                .oneOf(List.of(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO),
                        new StringSchema()._enum(List.of(Count.SUPPRESSED))))
                .description("A count of people or referrals: 0 and 5 or more as numbers, 1 to 4 as \"<5\""));
    }
}
