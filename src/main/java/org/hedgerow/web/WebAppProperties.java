package org.hedgerow.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param staticLocation where the built app is (the Maven build puts it in {@code target/classes/static})
 * @param map            the map's tile server; none by default, so the map works offline with no tiles
 */
@ConfigurationProperties("hedgerow.web")
record WebAppProperties(@DefaultValue("classpath:/static/") String staticLocation, @DefaultValue Map map) {

    /**
     * @param tileUrl     a tile URL template such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png};
     *                    empty: a blank map that still shows venues and localities
     * @param attribution the tile provider's required credit line (plain text)
     */
    record Map(@DefaultValue("") String tileUrl, @DefaultValue("") String attribution) {
    }
}
