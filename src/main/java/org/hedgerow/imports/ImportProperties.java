package org.hedgerow.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the importer talks to feeds.
 *
 * @param connectTimeout how long to wait for a feed's server to accept the connection
 * @param requestTimeout how long one page may take to arrive in full
 * @param maxPages       the most pages of one list followed (a feed that never ends stops here, with a warning)
 * @param maxPageBytes   the largest answer read for one page
 */
@ConfigurationProperties("hedgerow.imports")
record ImportProperties(Duration connectTimeout, Duration requestTimeout, int maxPages, int maxPageBytes) {

    ImportProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        maxPages = maxPages <= 0 ? 5000 : maxPages;
        maxPageBytes = maxPageBytes <= 0 ? 20 * 1024 * 1024 : maxPageBytes;
    }
}
