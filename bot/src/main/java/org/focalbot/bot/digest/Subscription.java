package org.focalbot.bot.digest;

import java.time.Instant;
import java.util.List;
import org.focalbot.bot.delivery.ConversationAddress;

/**
 * A conversation's standing order for the weekly digest: when, for which partnerships, and
 * whether it is still deliverable.
 *
 * @param partnershipIds  the partnerships covered; empty means every partnership of the workspace
 * @param skipQuietWeeks  when true a week with no activity sends nothing instead of a one-liner
 * @param status          ACTIVE, or FAILED after a permanent delivery failure (e.g. the bot was removed)
 * @param statusReason    why it failed, shown in status
 */
public record Subscription(String id, String workspace, ConversationAddress address, WeeklySchedule schedule,
                           List<String> partnershipIds, boolean skipQuietWeeks, String createdBy, Instant createdAt,
                           Status status, String statusReason, Instant statusSince) {

    /** Whether the subscription is being delivered. */
    public enum Status { ACTIVE, FAILED }

    public Subscription {
        partnershipIds = partnershipIds == null ? List.of() : List.copyOf(partnershipIds);
        status = status == null ? Status.ACTIVE : status;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public Subscription withSchedule(WeeklySchedule s) {
        return new Subscription(id, workspace, address, s, partnershipIds, skipQuietWeeks, createdBy, createdAt, status,
                statusReason, statusSince);
    }

    public Subscription withScope(List<String> ids) {
        return new Subscription(id, workspace, address, schedule, ids, skipQuietWeeks, createdBy, createdAt, status,
                statusReason, statusSince);
    }

    public Subscription withSkipQuietWeeks(boolean skip) {
        return new Subscription(id, workspace, address, schedule, partnershipIds, skip, createdBy, createdAt, status,
                statusReason, statusSince);
    }

    public Subscription failed(String reason, Instant at) {
        return new Subscription(id, workspace, address, schedule, partnershipIds, skipQuietWeeks, createdBy, createdAt,
                Status.FAILED, reason, at);
    }

    public Subscription reactivated(Instant at) {
        return new Subscription(id, workspace, address, schedule, partnershipIds, skipQuietWeeks, createdBy, at,
                Status.ACTIVE, null, at);
    }
}
