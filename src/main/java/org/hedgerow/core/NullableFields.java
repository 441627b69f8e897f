package org.hedgerow.core;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * The app writes a field it has no value for as {@code null} (the JSON mapper leaves nothing out), so the
 * contract says so: every field of a reference type is {@code nullable} unless Bean Validation forbids null.
 * A nested object that may be null is an {@code allOf} of its schema, since OpenAPI 3.0 ignores anything
 * beside a {@code $ref}. Primitive fields (a version, a count) are never null. A field declared as {@code Object}
 * that is {@code oneOf} several kinds is not also an object.
 */
@Component
class NullableFields implements PropertyCustomizer {

    private static final Set<String> NEVER_NULL = Set.of("NotNull", "NotBlank", "NotEmpty");

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property.getOneOf() != null && "object".equals(property.getType())) {
            property.setType(null); // a field declared as Object that is one of several kinds, e.g. a number or "<5"
        }
        if (type.getType() == null || type.getPropertyName() == null // an array's items, never null themselves
                || TypeFactory.defaultInstance().constructType(type.getType()).isPrimitive()
                || forbidsNull(type)) {
            return property;
        }
        if (property.get$ref() != null) {
            return new Schema<>().nullable(true).allOf(List.of(new Schema<>().$ref(property.get$ref())));
        }
        return property.nullable(true);
    }

    private static boolean forbidsNull(AnnotatedType type) {
        return type.getCtxAnnotations() != null && Arrays.stream(type.getCtxAnnotations())
                .anyMatch(annotation -> NEVER_NULL.contains(annotation.annotationType().getSimpleName()));
    }
}
