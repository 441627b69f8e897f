package org.hedgerow.core;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. Reads of the
 * public directory need nothing; everything else needs the session cookie from {@code POST /api/session},
 * and every change the {@code X-XSRF-TOKEN} header copied from the {@code XSRF-TOKEN} cookie.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI hedgerowApi() {
        return new OpenAPI()
                .info(new Info().title("Hedgerow API").version("1")
                        .description("""
                                The shared map of a green social-prescribing network: localities, venues, \
                                organisers, groups and their activities; search; the noticeboard; introductions; \
                                referrals. Sign in with POST /api/session (demo: gene / hedgerow-demo), then send \
                                the XSRF-TOKEN cookie's value back as the X-XSRF-TOKEN header on every change. \
                                Errors are RFC 9457 problem details; a bad field is named in `errors`.""")
                        .license(new License().name("MIT")))
                .components(new Components()
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The session cookie set by POST /api/session"))
                        .addSecuritySchemes("csrf", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-XSRF-TOKEN")
                                .description("The value of the XSRF-TOKEN cookie, on every POST, PUT, PATCH and DELETE")))
                .addSecurityItem(new SecurityRequirement().addList("session").addList("csrf"));
    }
}
