package org.focalbot.bot.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.focalbot.bot.Action;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.dialogue.TurnContext;
import org.focalbot.bot.nlu.Entities;

/**
 * The digest in conversation: subscribe this conversation, change day, time, zone or scope, stop,
 * preview this week's digest, send it now, and show the subscription's status.
 */
public final class DigestDialogue {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.ENGLISH);

    private final Subscriptions subscriptions;
    private final DeliveryLedger ledger;
    private final DigestComposer composer;
    private final DigestSources sources;
    private final Map<Platform, DigestChannel> channels = new EnumMap<>(Platform.class);
    private final DigestRequestParser parser = new DigestRequestParser();
    private final ZoneId defaultZone;
    private final Clock clock;

    public DigestDialogue(Subscriptions subscriptions, DeliveryLedger ledger, DigestComposer composer,
                          DigestSources sources, List<DigestChannel> channels, ZoneId defaultZone, Clock clock) {
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.composer = composer;
        this.sources = sources;
        channels.forEach(c -> this.channels.put(c.platform(), c));
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    /** The handler for the {@code digest} intent. */
    public void handle(TurnContext ctx) {
        DigestRequest request = withEntities(parser.parse(ctx.turn().text()),
                ctx.interpretation().map(i -> i.entities()).orElse(Entities.NONE));
        ConversationAddress here = new ConversationAddress(ctx.turn().platform(), ctx.turn().tenant(),
                ctx.turn().conversation());
        Optional<Subscription> existing = subscriptions.forConversation(ctx.workspace(), here);
        switch (request.kind()) {
            case SUBSCRIBE -> subscribe(ctx, request, here, existing);
            case UNSUBSCRIBE -> unsubscribe(ctx, existing);
            case PREVIEW -> preview(ctx, existing, "Preview of this week's digest (nothing was posted):");
            case SEND_NOW -> preview(ctx, existing, null);
            case STATUS -> status(ctx, existing);
            case HELP -> help(ctx, existing);
        }
    }

    /** Buttons offered with digest answers: "digest:preview", "digest:stop", "digest:status". */
    public void onAction(TurnContext ctx, String argument) {
        ConversationAddress here = new ConversationAddress(ctx.turn().platform(), ctx.turn().tenant(),
                ctx.turn().conversation());
        Optional<Subscription> existing = subscriptions.forConversation(ctx.workspace(), here);
        switch (argument) {
            case "preview" -> preview(ctx, existing, "Preview of this week's digest (nothing was posted):");
            case "stop" -> unsubscribe(ctx, existing);
            case "subscribe" -> subscribe(ctx, parser.parse("subscribe"), here, existing);
            default -> status(ctx, existing);
        }
    }

    private void subscribe(TurnContext ctx, DigestRequest r, ConversationAddress here, Optional<Subscription> existing) {
        DigestChannel channel = channels.get(here.platform());
        if (channel == null) {
            ctx.say("I can't post digests to " + here.platform().id() + " from this server yet: that integration is "
                    + "not configured. Ask your operator to enable it.");
            return;
        }
        Optional<String> blocked = channel.cannotPost(here);
        if (blocked.isPresent()) {
            ctx.say("I can't post in this conversation, so I haven't subscribed it: " + blocked.get()
                    + ". Add me to the channel (for example with /invite) and ask again.");
            return;
        }
        List<String> scope = existing.map(Subscription::partnershipIds).orElse(List.of());
        if (r.allPartnerships()) {
            scope = List.of();
        } else if (!r.partnerships().isEmpty()) {
            List<String> ids = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String mention : r.partnerships()) {
                resolve(ctx.workspace(), mention).ifPresentOrElse(ids::add, () -> unknown.add(mention));
            }
            if (!unknown.isEmpty()) {
                ctx.say("I don't know " + (unknown.size() == 1 ? "a partnership called " : "partnerships called ")
                        + quoteAll(unknown) + ", so I haven't changed the digest. Check the name and ask again.");
                return;
            }
            scope = ids;
        }
        WeeklySchedule base = existing.map(Subscription::schedule)
                .orElse(new WeeklySchedule(WeeklySchedule.DEFAULT_UTC.day(), WeeklySchedule.DEFAULT_UTC.time(), defaultZone));
        WeeklySchedule schedule = new WeeklySchedule(r.day().orElse(base.day()), r.time().orElse(base.time()),
                r.zone().orElse(base.zone()));
        boolean skipQuiet = r.skipQuietWeeks().orElse(existing.map(Subscription::skipQuietWeeks).orElse(false));
        Instant now = clock.instant();
        Subscription s = existing
                .map(e -> e.active() ? e : e.reactivated(now))
                .orElseGet(() -> new Subscription(Subscriptions.idOf(here), ctx.workspace(), here, schedule, List.of(),
                        false, ctx.turn().author(), now, Subscription.Status.ACTIVE, null, now))
                .withSchedule(schedule).withScope(scope).withSkipQuietWeeks(skipQuiet);
        subscriptions.save(s);
        String verb = existing.isPresent() ? "Updated" : "Subscribed";
        ctx.reply(Reply.withActions(verb + ": this conversation gets the weekly digest on " + schedule.describe()
                + " covering " + scopeText(ctx.workspace(), s) + (skipQuiet ? ", skipping quiet weeks" : "")
                + ". Next one: " + WHEN.format(schedule.nextAfter(now).atZone(schedule.zone())) + ".",
                List.of(new Action("digest:preview", "Preview"), new Action("digest:stop", "Stop the digest"))));
    }

    private void unsubscribe(TurnContext ctx, Optional<Subscription> existing) {
        if (existing.isEmpty()) {
            ctx.say("This conversation isn't subscribed to the weekly digest, so there was nothing to stop.");
            return;
        }
        subscriptions.delete(ctx.workspace(), existing.get().id());
        ctx.reply(Reply.withActions("Stopped: this conversation won't get the weekly digest any more.",
                List.of(new Action("digest:subscribe", "Subscribe again"))));
    }

    private void preview(TurnContext ctx, Optional<Subscription> existing, String intro) {
        Instant now = clock.instant();
        ZoneId zone = existing.map(s -> s.schedule().zone()).orElse(defaultZone);
        List<String> scope = existing.map(Subscription::partnershipIds).orElse(List.of());
        Digest digest = composer.compose(ctx.workspace(), scope, now.minus(DigestScheduler.WINDOW), now, zone);
        if (intro != null) {
            ctx.say(intro);
        }
        ctx.reply(PlainTextDigest.render(digest));
        if (intro == null && existing.isPresent()) {
            ctx.say("The weekly schedule is unchanged: next one " + WHEN.format(
                    existing.get().schedule().nextAfter(now).atZone(zone)) + ".");
        }
    }

    private void status(TurnContext ctx, Optional<Subscription> existing) {
        if (existing.isEmpty()) {
            ctx.reply(Reply.withActions("This conversation isn't subscribed to the weekly digest. Say \"send the "
                    + "weekly digest here on Mondays at 9\" to subscribe.", List.of(new Action("digest:subscribe",
                    "Subscribe (Mondays 09:00)"), new Action("digest:preview", "Preview"))));
            return;
        }
        Subscription s = existing.get();
        StringBuilder sb = new StringBuilder();
        if (s.active()) {
            sb.append("Weekly digest: ").append(s.schedule().describe()).append(", covering ")
                    .append(scopeText(ctx.workspace(), s)).append(s.skipQuietWeeks() ? ", skipping quiet weeks" : "")
                    .append(".\nNext one: ").append(WHEN.format(s.schedule().nextAfter(clock.instant())
                            .atZone(s.schedule().zone()))).append('.');
        } else {
            sb.append("The weekly digest for this conversation is paused because delivery failed: ")
                    .append(s.statusReason()).append(". Fix that (e.g. add me back to the channel) and say "
                            + "\"subscribe\" to resume.");
        }
        ledger.forSubscription(ctx.workspace(), s.id()).stream()
                .max(Comparator.comparing(Delivery::period))
                .ifPresent(d -> sb.append("\nLast digest (").append(d.period()).append("): ").append(describe(d)));
        ctx.reply(Reply.withActions(sb.toString(), List.of(new Action("digest:preview", "Preview"),
                new Action("digest:stop", "Stop the digest"))));
    }

    private void help(TurnContext ctx, Optional<Subscription> existing) {
        ctx.say("The weekly digest posts one message a week with what moved in your partnerships: new notes, "
                + "checklist items done, phase changes and open actions. Say for example:\n"
                + "- \"send the weekly digest here on Fridays at 8\"\n"
                + "- \"only for the Water Alliance\"\n"
                + "- \"preview this week's digest\" or \"send the digest now\"\n"
                + "- \"digest status\" or \"stop the digest\""
                + (existing.isPresent() ? "\nThis conversation is subscribed: " + existing.get().schedule().describe() + "." : ""));
    }

    private static String describe(Delivery d) {
        return switch (d.state()) {
            case SENT -> "sent";
            case SKIPPED -> "skipped (a quiet week)";
            case CLAIMED -> "being sent";
            case RETRY -> "will be retried (" + d.lastError() + ")";
            case FAILED -> "failed (" + d.lastError() + ")";
        };
    }

    private String scopeText(String workspace, Subscription s) {
        if (s.partnershipIds().isEmpty()) {
            return "all partnerships";
        }
        Map<String, String> names = sources.partnerships(workspace).stream()
                .collect(Collectors.toMap(DigestSources.PartnershipInfo::id, DigestSources.PartnershipInfo::name, (a, b) -> a));
        return quoteAll(s.partnershipIds().stream().map(id -> names.getOrDefault(id, id)).toList());
    }

    private Optional<String> resolve(String workspace, String mention) {
        String m = mention.toLowerCase(Locale.ROOT).strip();
        List<DigestSources.PartnershipInfo> all = sources.partnerships(workspace);
        for (DigestSources.PartnershipInfo p : all) {
            if (p.name().equalsIgnoreCase(m)) {
                return Optional.of(p.id());
            }
        }
        List<DigestSources.PartnershipInfo> partial = all.stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(m)).toList();
        return partial.size() == 1 ? Optional.of(partial.get(0).id()) : Optional.empty();
    }

    private static DigestRequest withEntities(DigestRequest r, Entities e) {
        if ((r.day().isPresent() || e.weekday().isEmpty()) && (r.time().isPresent() || e.time().isEmpty())) {
            return r;
        }
        DigestRequest.Kind kind = r.kind() == DigestRequest.Kind.HELP ? DigestRequest.Kind.SUBSCRIBE : r.kind();
        return new DigestRequest(kind, r.day().or(e::weekday), r.time().or(e::time), r.zone(), r.partnerships(),
                r.allPartnerships(), r.skipQuietWeeks());
    }

    private static String quoteAll(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    /** Exposed for the digest's JSON API. */
    public static Duration window() {
        return DigestScheduler.WINDOW;
    }
}
