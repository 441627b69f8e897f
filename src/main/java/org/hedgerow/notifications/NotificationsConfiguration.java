package org.hedgerow.notifications;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily round runs on Spring's scheduler; the mail sender has a thread of its own. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationsProperties.class)
class NotificationsConfiguration {
}
