package org.hedgerow.live;

import org.hedgerow.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.simp.user.UserDestinationResolver;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over a plain WebSocket at {@code /ws}. The handshake is an ordinary request, so the HTTP session's
 * sign-in becomes the STOMP user; CONNECT must carry the CSRF token and every SUBSCRIBE is checked against
 * {@link SubscriptionRules}, with {@link Refusals} for the ERROR frames. Clients only listen: nothing is sent to
 * the app.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@EnableConfigurationProperties(LiveProperties.class)
class LiveConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws";

    private final LiveProperties properties;
    private final ObjectProvider<MessageChannel> toClients;
    private final SocketsOfSessions sockets;
    private final TaskScheduler heartbeats;
    private final ObjectProvider<AuditTrail> audit;

    /** The broker's own scheduler bean ({@code @Lazy}: it is made by the configuration this one feeds). */
    LiveConfiguration(LiveProperties properties,
                      @Qualifier("clientOutboundChannel") ObjectProvider<MessageChannel> toClients,
                      SocketsOfSessions sockets, @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler heartbeats,
                      ObjectProvider<AuditTrail> audit) {
        this.properties = properties;
        this.toClients = toClients;
        this.sockets = sockets;
        this.heartbeats = heartbeats;
        this.audit = audit;
    }

    /** Tells the app when an HTTP session ends, so {@link SocketsOfSessions} can close its sockets. */
    @Bean
    static HttpSessionEventPublisher httpSessionEvents() {
        return new HttpSessionEventPublisher();
    }

    /**
     * With the relay, a person's own queues are RabbitMQ topics per person ({@link PersonalTopics}) in place of
     * Spring's queue per socket; with the simple broker (one instance) Spring's own resolution serves.
     */
    @Bean
    static BeanPostProcessor personalTopicsWithTheRelay(Environment environment) {
        boolean relay = LiveProperties.Broker.RELAY.name().equalsIgnoreCase(
                environment.getProperty("hedgerow.live.broker", "simple"));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return relay && bean instanceof UserDestinationResolver ? new PersonalTopics() : bean;
            }
        };
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        var endpoint = registry.addEndpoint(ENDPOINT)
                .addInterceptors(SocketsOfSessions.sessionId());
        registry.setErrorHandler(new Refusals(toClients::getObject, audit::getObject));
        if (!properties.allowedOrigins().isEmpty()) {
            endpoint.setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
        }
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        registry.setPreservePublishOrder(true);
        long heartbeat = properties.heartbeat().toMillis();
        if (properties.broker() == LiveProperties.Broker.RELAY) {
            var relay = properties.relay();
            registry.enableStompBrokerRelay("/topic", "/queue")
                    .setRelayHost(relay.host()).setRelayPort(relay.port()).setVirtualHost(relay.virtualHost())
                    .setClientLogin(relay.login()).setClientPasscode(relay.passcode())
                    .setSystemLogin(relay.login()).setSystemPasscode(relay.passcode())
                    .setSystemHeartbeatSendInterval(heartbeat).setSystemHeartbeatReceiveInterval(heartbeat)
                    // who is connected where (a person's own messages need no registry: PersonalTopics)
                    .setUserRegistryBroadcast("/topic/hedgerow.user-registry");
        } else {
            registry.enableSimpleBroker("/topic", "/queue")
                    .setHeartbeatValue(new long[] {heartbeat, heartbeat}).setTaskScheduler(heartbeats);
        }
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.addDecoratorFactory(sockets);
        registration.setSendTimeLimit((int) properties.sendTimeLimit().toMillis())
                .setSendBufferSizeLimit(properties.sendBufferLimit())
                .setMessageSizeLimit(properties.messageSizeLimit());
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        if (properties.broker() == LiveProperties.Broker.SIMPLE) {
            registration.interceptors(new SubscriptionReceipts(toClients::getObject));
        }
    }
}
