package org.jiebang.platform.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SPEC §12: times are kept in UTC and shown in Asia/Shanghai. This is the node's own clock, for
 * times that decide nothing (when an entry was written, a mail sent); deadlines are decided by
 * {@link org.jiebang.platform.clock.ClusterClock}, the database's.
 * <p>
 * {@code jiebang.clock.offset-seconds} (default 0) shifts this node's clock, to test a cluster
 * whose nodes' clocks disagree; it has no use in production.
 */
@ApplicationScoped
public class Clocks {

    /** The zone in which pages show times. */
    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    @ConfigProperty(name = "jiebang.clock.offset-seconds", defaultValue = "0")
    @jakarta.inject.Inject
    long offsetSeconds;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return offsetSeconds == 0 ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), Duration.ofSeconds(offsetSeconds));
    }
}
