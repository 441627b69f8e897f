package org.hedgerow.openreferral;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The feed's own security rules, ahead of the app's (accounts' chain handles every other path): anyone may read it
 * without signing in, and any web page may read it from a browser, as ORUK asks (every answer carries
 * {@code Access-Control-Allow-Origin: *}, with or without an {@code Origin} header). It reads no session and no
 * cookie and changes nothing, so it needs no CSRF token and creates no session; {@code *} is safe because no answer
 * depends on who asks. Nothing else in the app is opened to other origins.
 */
@Configuration(proxyBeanMethods = false)
class OpenReferralSecurity {

    static final String PATHS = "/openreferral/**";

    @Bean
    @Order(1)
    SecurityFilterChain openReferralFeed(HttpSecurity http) throws Exception {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.of("*"));
        cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(), HttpMethod.OPTIONS.name()));
        cors.setAllowedHeaders(List.of("*"));
        cors.setMaxAge(86_400L);
        var corsPaths = new UrlBasedCorsConfigurationSource();
        corsPaths.registerCorsConfiguration("/openreferral", cors);
        corsPaths.registerCorsConfiguration(PATHS, cors);
        http
                .securityMatcher("/openreferral", PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .cors(configurer -> configurer.configurationSource(corsPaths))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.addHeaderWriter(new StaticHeadersWriter("Access-Control-Allow-Origin", "*")))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
