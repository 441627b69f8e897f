package org.hedgerow.noticeboard;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * How the contract shows a {@link PostThread}: the post's fields ({@code @JsonUnwrapped}, which springdoc leaves
 * out altogether) with {@code replies} beside them.
 */
@Configuration(proxyBeanMethods = false)
class PostThreadSchema {

    static {
        SpringDocUtils.getConfig().replaceWithSchema(PostThread.class, new ComposedSchema()
                .allOf(List.of(new Schema<>().$ref("#/components/schemas/" + PostView.class.getName()),
                        new ObjectSchema().properties(Map.of("replies", new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/" + ReplyView.class.getName()))
                                .description("The replies, oldest first")))
                                .required(List.of("replies"))))
                .description("A post with its replies"));
    }
}
