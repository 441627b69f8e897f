package org.hedgerow.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secureCookies mark the session and CSRF cookies Secure (browsers still accept them on
 *                      http://localhost); turn off only for plain-HTTP hosts other than localhost
 */
@ConfigurationProperties("hedgerow.security")
record SecurityProperties(@DefaultValue("true") boolean secureCookies) {
}
