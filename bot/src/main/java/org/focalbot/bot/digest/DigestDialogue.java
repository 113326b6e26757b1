package org.focalbot.bot.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.focalbot.bot.Action;
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
    private final SubscriptionEditor editor;
    private final DigestRequestParser parser = new DigestRequestParser();
    private final ZoneId defaultZone;
    private final Clock clock;

    public DigestDialogue(Subscriptions subscriptions, DeliveryLedger ledger, DigestComposer composer,
                          SubscriptionEditor editor, ZoneId defaultZone, Clock clock) {
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.composer = composer;
        this.editor = editor;
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
            case SUBSCRIBE -> subscribe(ctx, request, here);
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
            case "subscribe" -> subscribe(ctx, parser.parse("subscribe"), here);
            default -> status(ctx, existing);
        }
    }

    private void subscribe(TurnContext ctx, DigestRequest r, ConversationAddress here) {
        SubscriptionEditor.Result result = editor.apply(ctx.workspace(), here, ctx.turn().author(), r);
        if (result instanceof SubscriptionEditor.Result.Refused refused) {
            ctx.say(refused.reason() + ". I haven't changed the digest for this conversation."
                    + (refused.reason().startsWith("I can't post") ? " Add me to the channel (for example with /invite) "
                    + "and ask again." : ""));
            return;
        }
        SubscriptionEditor.Result.Saved saved = (SubscriptionEditor.Result.Saved) result;
        Subscription s = saved.subscription();
        ctx.reply(Reply.withActions((saved.created() ? "Subscribed" : "Updated") + ": this conversation gets the weekly "
                + "digest on " + s.schedule().describe() + " covering " + editor.scopeText(s)
                + (s.skipQuietWeeks() ? ", skipping quiet weeks" : "") + ". Next one: "
                + WHEN.format(s.schedule().nextAfter(clock.instant()).atZone(s.schedule().zone())) + ".",
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
                    .append(editor.scopeText(s)).append(s.skipQuietWeeks() ? ", skipping quiet weeks" : "")
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



    private static DigestRequest withEntities(DigestRequest r, Entities e) {
        if ((r.day().isPresent() || e.weekday().isEmpty()) && (r.time().isPresent() || e.time().isEmpty())) {
            return r;
        }
        DigestRequest.Kind kind = r.kind() == DigestRequest.Kind.HELP ? DigestRequest.Kind.SUBSCRIBE : r.kind();
        return new DigestRequest(kind, r.day().or(e::weekday), r.time().or(e::time), r.zone(), r.partnerships(),
                r.allPartnerships(), r.skipQuietWeeks());
    }

}
