package org.focalbot.bot.digest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What someone asked of the digest, parsed from chat ("send the weekly digest here on Fridays at 8",
 * "stop the digest", "preview this week's digest", "send the digest now").
 *
 * @param partnerships partnership mentions to limit the digest to ("only for the Water Alliance")
 * @param allPartnerships true when they asked to cover every partnership again
 */
public record DigestRequest(Kind kind, Optional<DayOfWeek> day, Optional<LocalTime> time, Optional<ZoneId> zone,
                            List<String> partnerships, boolean allPartnerships, Optional<Boolean> skipQuietWeeks) {

    /** The kinds of digest request. */
    public enum Kind { SUBSCRIBE, UNSUBSCRIBE, PREVIEW, SEND_NOW, STATUS, HELP }

    public DigestRequest {
        partnerships = List.copyOf(partnerships);
    }

    /** True when the request changes anything about the schedule or scope. */
    public boolean changesSettings() {
        return day.isPresent() || time.isPresent() || zone.isPresent() || !partnerships.isEmpty() || allPartnerships
                || skipQuietWeeks.isPresent();
    }
}
