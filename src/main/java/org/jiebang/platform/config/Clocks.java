package org.jiebang.platform.config;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** SPEC §12: the server's clock is the only clock; times are kept in UTC and shown in Asia/Shanghai. */
@ApplicationScoped
public class Clocks {

    /** The zone in which pages show times. */
    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
