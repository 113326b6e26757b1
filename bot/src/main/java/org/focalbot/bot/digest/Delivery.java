package org.focalbot.bot.digest;

import java.time.Instant;

/**
 * The ledger entry of one subscription's digest for one period: claimed before sending and
 * completed after, so a digest goes out once even across crashes, restarts and several schedulers.
 *
 * @param owner      the scheduler instance holding the claim
 * @param leaseUntil after this a claim is considered abandoned and may be taken over
 * @param attempts   how many times sending was attempted
 * @param retryAt    when a transiently failed delivery may be tried again
 */
public record Delivery(String workspace, String subscriptionId, String period, State state, String owner,
                       Instant claimedAt, Instant leaseUntil, int attempts, Instant retryAt, String lastError,
                       Instant completedAt) {

    /** Where the delivery stands. */
    public enum State {
        /** being sent by {@code owner} */
        CLAIMED,
        /** delivered */
        SENT,
        /** nothing to say and the subscription skips quiet weeks */
        SKIPPED,
        /** failed transiently; try again at {@code retryAt} */
        RETRY,
        /** given up for this period */
        FAILED
    }

    public boolean finished() {
        return state == State.SENT || state == State.SKIPPED || state == State.FAILED;
    }

    Delivery with(State newState, String newOwner, Instant newClaimedAt, Instant newLease, int newAttempts,
                  Instant newRetryAt, String error, Instant completed) {
        return new Delivery(workspace, subscriptionId, period, newState, newOwner, newClaimedAt, newLease, newAttempts,
                newRetryAt, error, completed);
    }
}
