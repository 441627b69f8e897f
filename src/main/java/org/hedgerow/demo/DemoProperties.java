package org.hedgerow.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the Derby and Derbyshire demo network on a start that finds the store empty
 */
@ConfigurationProperties("hedgerow.demo")
record DemoProperties(@DefaultValue("true") boolean enabled) {
}
