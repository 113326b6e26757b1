package org.focalbot.adapters.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.focalbot.adapters.host.ApiException;
import org.focalbot.adapters.host.JsonBody;
import org.focalbot.bot.Platform;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.DatePhrases;
import org.focalbot.bot.notes.DateRange;

/**
 * Reading the common parameters of the notes API — who is asking, dates, paging — with a clear
 * 400 for anything malformed.
 */
final class ApiParams {

    static final int MAX_ID = ChatRoutes.MAX_ID;
    static final int MAX_OFFSET = 10_000;

    private ApiParams() {
    }

    /** The person asking: the {@code user} query parameter (GET, DELETE) or body field (POST, PATCH). */
    static Author author(Context ctx, JsonBody body) {
        String user = body != null && body.has("user") ? body.requiredString("user", MAX_ID) : ctx.queryParam("user");
        if (user == null || user.isBlank()) {
            throw ApiException.badRequest("\"user\" is required: the id of the person making the request "
                    + "(query parameter, or body field on POST and PATCH)");
        }
        user = user.strip();
        if (user.length() > MAX_ID) {
            throw ApiException.badRequest("\"user\" must be at most " + MAX_ID + " characters");
        }
        String name = body != null ? body.optionalString("userName", MAX_ID).orElse(null) : ctx.queryParam("userName");
        // Same author id as the web chat gives the same person ("web:" + user), so chat and API notes match up.
        return new Author(Platform.WEB.id() + ":" + user, name == null || name.isBlank() ? user : name.strip(),
                Platform.WEB.id() + ":" + ChatRoutes.WEB_TENANT);
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v < min || v > max) {
                throw ApiException.badRequest("\"" + name + "\" must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("\"" + name + "\" must be a whole number, got \"" + raw + "\"");
        }
    }

    static Optional<Long> version(Context ctx) {
        String raw = ctx.queryParam("version");
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(raw.strip()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("\"version\" must be a whole number, got \"" + raw + "\"");
        }
    }

    /**
     * The time window of a search: {@code from}/{@code to} (a date, read as the start of that UTC
     * day, or an instant) and/or {@code when} (a phrase such as "last month" or "since March").
     */
    static DateRange range(Context ctx, DatePhrases phrases) {
        Instant from = instant(ctx, "from", false);
        Instant to = instant(ctx, "to", true);
        String when = ctx.queryParam("when");
        if (when != null && !when.isBlank()) {
            DateRange r = phrases.parse(when).orElseThrow(() -> ApiException.badRequest("\"when\" could not be read as a "
                    + "time phrase: \"" + when + "\" (try \"last month\", \"since March\", \"this week\", \"2025-03-01\")"));
            from = later(from, r.from());
            to = earlier(to, r.to());
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.badRequest("the time window is empty: \"from\" must be before \"to\"");
        }
        return new DateRange(from, to, "");
    }

    private static Instant instant(Context ctx, String name, boolean endOfDay) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            if (s.length() == 10) {
                LocalDate d = LocalDate.parse(s);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("\"" + name + "\" must be a date like 2025-03-01 or an instant like "
                    + "2025-03-01T09:00:00Z, got \"" + raw + "\"");
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
