package org.focalbot.adapters.host;

import java.time.DateTimeException;
import java.time.ZoneId;

/** {@code TIME_ZONE}: the organisation's zone (IANA id such as Africa/Nairobi), the default for digest schedules; UTC if unset. */
public final class TimeZoneSetting {

    public static final String VARIABLE = "TIME_ZONE";

    private TimeZoneSetting() {
    }

    public static ZoneId from(Env env) {
        String raw = env.get(VARIABLE, "UTC");
        try {
            return ZoneId.of(raw);
        } catch (DateTimeException e) {
            throw new ConfigException(VARIABLE + "=" + raw + " is not a time zone; use an IANA id such as Europe/Zurich "
                    + "or Africa/Nairobi");
        }
    }
}
