package org.focalbot.bot.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.focalbot.bot.delivery.ConversationAddress;

/**
 * Creates or changes a conversation's subscription from a request (chat or JSON API): fields the
 * request leaves out keep their current value, partnership names are resolved in the workspace,
 * and a conversation the assistant cannot post in is refused with the reason.
 */
public final class SubscriptionEditor {

    /** What happened to the request. */
    public sealed interface Result {
        /** Stored; {@code created} when the conversation had no subscription before. */
        record Saved(Subscription subscription, boolean created) implements Result {
        }

        /** Not stored, for a reason to show the person. */
        record Refused(String reason) implements Result {
        }
    }

    private final Subscriptions subscriptions;
    private final DigestSources sources;
    private final DigestChannels channels;
    private final ZoneId defaultZone;
    private final Clock clock;

    public SubscriptionEditor(Subscriptions subscriptions, DigestSources sources, DigestChannels channels,
                              ZoneId defaultZone, Clock clock) {
        this.subscriptions = subscriptions;
        this.sources = sources;
        this.channels = channels;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    public Result apply(String workspace, ConversationAddress here, String author, DigestRequest r) {
        Optional<DigestChannel> channel = channels.of(here.platform());
        if (channel.isEmpty()) {
            return new Result.Refused("digests can't be posted to " + here.platform().id() + " from this server: that "
                    + "integration is not configured");
        }
        Optional<String> blocked = channel.get().cannotPost(here);
        if (blocked.isPresent()) {
            return new Result.Refused("I can't post in that conversation: " + blocked.get());
        }
        Optional<Subscription> existing = subscriptions.forConversation(workspace, here);
        List<String> scope = existing.map(Subscription::partnershipIds).orElse(List.of());
        if (r.allPartnerships()) {
            scope = List.of();
        } else if (!r.partnerships().isEmpty()) {
            List<String> ids = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String mention : r.partnerships()) {
                resolve(workspace, mention).ifPresentOrElse(ids::add, () -> unknown.add(mention));
            }
            if (!unknown.isEmpty()) {
                return new Result.Refused("I don't know " + (unknown.size() == 1 ? "a partnership called " : "partnerships called ")
                        + DigestText.quoted(unknown) + " in this workspace");
            }
            scope = ids;
        }
        WeeklySchedule base = existing.map(Subscription::schedule)
                .orElse(new WeeklySchedule(WeeklySchedule.DEFAULT_UTC.day(), WeeklySchedule.DEFAULT_UTC.time(), defaultZone));
        WeeklySchedule schedule = new WeeklySchedule(r.day().orElse(base.day()), r.time().orElse(base.time()),
                r.zone().orElse(base.zone()));
        boolean skipQuiet = r.skipQuietWeeks().orElse(existing.map(Subscription::skipQuietWeeks).orElse(false));
        Instant now = clock.instant();
        Subscription saved = existing
                .map(e -> e.active() ? e : e.reactivated(now))
                .orElseGet(() -> new Subscription(Subscriptions.idOf(here), workspace, here, schedule, List.of(), false,
                        author, now, Subscription.Status.ACTIVE, null, now))
                .withSchedule(schedule).withScope(scope).withSkipQuietWeeks(skipQuiet);
        subscriptions.save(saved);
        return new Result.Saved(saved, existing.isEmpty());
    }

    /** Names of the partnerships a subscription covers, or "all partnerships". */
    public String scopeText(Subscription s) {
        if (s.partnershipIds().isEmpty()) {
            return "all partnerships";
        }
        List<DigestSources.PartnershipInfo> all = sources.partnerships(s.workspace());
        return DigestText.quoted(s.partnershipIds().stream()
                .map(id -> all.stream().filter(p -> p.id().equals(id)).map(DigestSources.PartnershipInfo::name)
                        .findFirst().orElse(id))
                .toList());
    }

    private Optional<String> resolve(String workspace, String mention) {
        String m = mention.toLowerCase(Locale.ROOT).strip();
        List<DigestSources.PartnershipInfo> all = sources.partnerships(workspace);
        for (DigestSources.PartnershipInfo p : all) {
            if (p.name().equalsIgnoreCase(m) || p.id().equals(mention)) {
                return Optional.of(p.id());
            }
        }
        List<DigestSources.PartnershipInfo> partial = all.stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(m)).toList();
        return partial.size() == 1 ? Optional.of(partial.get(0).id()) : Optional.empty();
    }
}
