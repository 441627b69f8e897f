package org.hedgerow.live;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live updates' settings ({@code hedgerow.live.*}).
 *
 * @param broker           {@code simple} (in memory, one instance) or {@code relay} (RabbitMQ's STOMP plugin,
 *                         for several instances behind a load balancer)
 * @param relay            where the relay broker is, when {@code broker=relay}
 * @param allowedOrigins   origins besides the app's own that may open {@code /ws} (e.g. a dev server)
 * @param sendTimeLimit    how long a send to one slow client may take before its session is closed
 * @param sendBufferLimit  how many bytes may queue for one slow client before its session is closed
 * @param messageSizeLimit the largest incoming STOMP frame accepted
 * @param heartbeat        the broker's STOMP heart-beat, both ways
 */
@ConfigurationProperties("hedgerow.live")
public record LiveProperties(@DefaultValue("simple") Broker broker, @DefaultValue Relay relay,
                             @DefaultValue List<String> allowedOrigins,
                             @DefaultValue("10s") Duration sendTimeLimit,
                             @DefaultValue("524288") int sendBufferLimit,
                             @DefaultValue("16384") int messageSizeLimit,
                             @DefaultValue("10s") Duration heartbeat) {

    public enum Broker { SIMPLE, RELAY }

    /**
     * @param host     the RabbitMQ host
     * @param port     its STOMP port (the plugin's default is 61613)
     * @param login    the login for client connections and the relay's own "system" connection
     * @param passcode its passcode
     * @param virtualHost the RabbitMQ virtual host
     */
    public record Relay(@DefaultValue("127.0.0.1") String host, @DefaultValue("61613") int port,
                        @DefaultValue("guest") String login, @DefaultValue("guest") String passcode,
                        @DefaultValue("/") String virtualHost) {
    }
}
