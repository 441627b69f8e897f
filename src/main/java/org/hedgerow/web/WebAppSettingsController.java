package org.hedgerow.web;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The app's settings, read once at start: public, and nothing secret is in them. */
@RestController
class WebAppSettingsController {

    private final WebAppProperties properties;

    WebAppSettingsController(WebAppProperties properties) {
        this.properties = properties;
    }

    @GetMapping(path = "/config.json", produces = "application/json")
    Map<String, Object> settings() {
        var map = properties.map();
        return Map.of("map", Map.of("tileUrl", map.tileUrl(), "attribution", map.attribution()));
    }
}
