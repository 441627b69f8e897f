package org.hedgerow.accounts;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Passkeys are bound to a site. Browsers only offer them on a secure context (https, or http on localhost).
 *
 * @param siteUrl        the address people open Hedgerow at: its host is the relying party id the passkeys are
 *                       made for, its origin is allowed to use them
 * @param allowedOrigins further origins whose pages may use them (e.g. a dev server at http://localhost:5173)
 * @param rpName         the name an authenticator shows for the site
 */
@ConfigurationProperties("hedgerow.passkeys")
record PasskeyProperties(@DefaultValue("http://localhost:8080") String siteUrl,
                         @DefaultValue List<String> allowedOrigins,
                         @DefaultValue("Hedgerow") String rpName) {

    String rpId() {
        return URI.create(siteUrl).getHost();
    }

    String siteOrigin() {
        var site = URI.create(siteUrl);
        return site.getScheme() + "://" + site.getHost() + (site.getPort() < 0 ? "" : ":" + site.getPort());
    }
}
