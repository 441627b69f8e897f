package org.hedgerow.search;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The offline postcode-district geocoder, unless the app declares a {@link Geocoder} of its own. An
 * auto-configuration (listed in {@code META-INF/spring/…AutoConfiguration.imports}), so that it is
 * considered after every bean the app and its tests declare: only then does "missing" mean missing.
 */
@AutoConfiguration
class DefaultGeocoderConfiguration {

    @Bean
    @ConditionalOnMissingBean(Geocoder.class)
    Geocoder postcodeDistricts() {
        return new PostcodeDistricts();
    }
}
