package org.hedgerow.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the built app. Hashed bundles under {@code /assets/} are cached for a year; any other path that
 * is not a file and not the server's own ({@code /api}, {@code /ws}, {@code /actuator}, the API docs, {@code /openreferral})
 * is a route of the app and gets {@code index.html}, so a reload of {@code /provider/inbox} works.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebAppProperties.class)
class WebAppConfiguration implements WebMvcConfigurer {

    /** Paths the server answers itself: an unknown one is a 404 there, never the app's page. */
    static final List<String> SERVER_PATHS = List.of("api", "ws", "actuator", "v3", "swagger-ui", "error", "openreferral");

    private final String location;

    WebAppConfiguration(WebAppProperties properties) {
        this.location = properties.staticLocation().endsWith("/") ? properties.staticLocation()
                : properties.staticLocation() + "/";
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(location + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations(location)
                .resourceChain(true)
                .addResolver(new ClientRoutes());
    }

    /**
     * {@code /} is the app too. The resource handler cannot resolve an empty path, and Boot's welcome page
     * looks only in its own static locations, not in {@code hedgerow.web.static-location}.
     */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/index.html");
    }

    /** Whether a request path (without its leading slash) may be a route of the app. */
    static boolean isClientRoute(String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (SERVER_PATHS.contains(first) || first.startsWith("swagger-ui")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    private static final class ClientRoutes extends PathResourceResolver {

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource found = super.getResource(resourcePath, location);
            if (found != null) {
                return found;
            }
            return isClientRoute(resourcePath) ? super.getResource("index.html", location) : null;
        }
    }
}
