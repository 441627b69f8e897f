package org.hedgerow.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the Derby and Derbyshire demo network on a start that finds the store empty
 * @param history with it, its last twelve months of referrals, introductions and noticeboard posts (left out when
 *                the calibration tells the 2023 pilot's year instead)
 */
@ConfigurationProperties("hedgerow.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean history) {
}
