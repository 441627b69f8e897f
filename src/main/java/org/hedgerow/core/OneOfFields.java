package org.hedgerow.core;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * A field declared as {@code Object} that is {@code oneOf} several kinds (a number or "<5") is not also an
 * object. Which fields may be null is said by the code's JSpecify annotations, read by {@link NullMarkedRecords}.
 */
@Component
class OneOfFields implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property.getOneOf() != null && "object".equals(property.getType())) {
            property.setType(null);
        }
        return property;
    }
}
