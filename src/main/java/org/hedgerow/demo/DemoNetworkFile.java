package org.hedgerow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The Derby and Derbyshire demo network, as shipped in {@code demo/derbyshire-network.json}. */
final class DemoNetworkFile {

    static final String LOCATION = "demo/derbyshire-network.json";

    private DemoNetworkFile() {
    }

    static NetworkRows read() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return JsonMapper.shared().readValue(in, NetworkRows.class);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read the demo network " + LOCATION, ex);
        }
    }
}
