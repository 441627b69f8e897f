package org.hedgerow.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param perUsername failed sign-ins for one username within the window before attempts are refused
 * @param perAddress  failed sign-ins from one network address within the window before attempts are refused
 * @param window      how far back failures count
 */
@ConfigurationProperties("hedgerow.security.sign-in-throttle")
record SignInThrottleProperties(
        @DefaultValue("5") int perUsername,
        @DefaultValue("20") int perAddress,
        @DefaultValue("15m") Duration window) {
}
