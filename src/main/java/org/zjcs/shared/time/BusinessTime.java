package org.zjcs.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's business time zone. Instants are stored in UTC; every business date
 * (working days, deadlines, validity dates) is taken in Asia/Shanghai, whatever the JVM's zone.
 */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
