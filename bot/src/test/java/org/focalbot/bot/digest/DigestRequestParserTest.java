package org.focalbot.bot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.digest.DigestRequest.Kind;
import org.junit.jupiter.api.Test;

class DigestRequestParserTest {

    private final DigestRequestParser parser = new DigestRequestParser();

    @Test
    void subscribingWithDayAndTime() {
        DigestRequest r = parser.parse("send the weekly digest here on Fridays at 8");
        assertEquals(Kind.SUBSCRIBE, r.kind());
        assertEquals(Optional.of(DayOfWeek.FRIDAY), r.day());
        assertEquals(Optional.of(LocalTime.of(8, 0)), r.time());
    }

    @Test
    void timesInTheirUsualForms() {
        assertEquals(Optional.of(LocalTime.of(9, 30)), parser.parse("digest every monday at 9:30").time());
        assertEquals(Optional.of(LocalTime.of(16, 0)), parser.parse("weekly digest on thursdays 4pm").time());
        assertEquals(Optional.of(LocalTime.of(17, 0)), parser.parse("move the digest to 17h").time());
        assertEquals(Optional.of(LocalTime.of(14, 0)), parser.parse("digest on tuesday at 2").time(), "afternoon assumed");
        assertEquals(Optional.of(LocalTime.NOON), parser.parse("send it at noon on wednesdays").time());
        assertEquals(Optional.empty(), parser.parse("only the top 3 partnerships").time(), "a bare number is not a time");
    }

    @Test
    void zonesByIanaNameOrDutyStation() {
        assertEquals(Optional.of(ZoneId.of("Africa/Nairobi")), parser.parse("digest mondays at 9 Africa/Nairobi").zone());
        assertEquals(Optional.of(ZoneId.of("Europe/Zurich")), parser.parse("digest mondays at 9 geneva time").zone());
        assertEquals(Optional.of(ZoneId.of("America/New_York")), parser.parse("at 9 new york time please").zone());
        assertEquals(Optional.of(ZoneId.of("UTC")), parser.parse("fridays 8am UTC").zone());
    }

    @Test
    void stoppingPreviewingSendingNowAndStatus() {
        assertEquals(Kind.UNSUBSCRIBE, parser.parse("stop the digest").kind());
        assertEquals(Kind.UNSUBSCRIBE, parser.parse("unsubscribe this channel").kind());
        assertEquals(Kind.PREVIEW, parser.parse("preview this week's digest").kind());
        assertEquals(Kind.PREVIEW, parser.parse("show me a preview of the digest").kind());
        assertEquals(Kind.SEND_NOW, parser.parse("send the digest now").kind());
        assertEquals(Kind.STATUS, parser.parse("when is the digest sent?").kind());
        assertEquals(Kind.STATUS, parser.parse("digest status").kind());
        assertEquals(Kind.SUBSCRIBE, parser.parse("subscribe to the weekly digest").kind());
        assertEquals(Kind.SUBSCRIBE, parser.parse("change the digest to Tuesday").kind());
    }

    @Test
    void scopeAndQuietWeeks() {
        DigestRequest r = parser.parse("only for the Water Alliance and the health alliance");
        assertEquals(List.of("water alliance", "health alliance"), r.partnerships());
        assertTrue(parser.parse("cover all partnerships again").allPartnerships());
        assertEquals(Optional.of(true), parser.parse("skip quiet weeks").skipQuietWeeks());
        assertEquals(Optional.of(false), parser.parse("send it even when quiet").skipQuietWeeks());
    }
}
