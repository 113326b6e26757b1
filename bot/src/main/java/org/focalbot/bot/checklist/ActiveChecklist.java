package org.focalbot.bot.checklist;

import org.focalbot.knowledge.checklist.Phase;

/**
 * This conversation's place in a checklist (the "checklist" conversation slot): which checklist, which
 * item was last asked and at which revision, and whether the walk is paused. Progress itself is shared
 * and lives in {@link ChecklistProgressStore}; this is only the pointer.
 *
 * @param partnershipId   the partnership
 * @param partnershipName its display name
 * @param phase           the phase id
 * @param itemId          the item being asked
 * @param revision        the item's revision when it was asked (0 = unanswered)
 * @param paused          true after "pause": typed messages are no longer read as answers until resumed
 * @param reminded        true once a paused walk has been pointed out after another turn
 * @param reviewOpen      true when walking the "not yet" items again after a first pass
 * @param detailsFor      an item just answered "not yet" by button, whose owner and date may follow
 * @param detailsRevision that item's revision after the "not yet"
 */
public record ActiveChecklist(String partnershipId, String partnershipName, String phase, String itemId, int revision,
                              boolean paused, boolean reminded, boolean reviewOpen, String detailsFor,
                              int detailsRevision) {

    static ActiveChecklist at(PartnershipRef partnership, Phase phase, String itemId, int revision, boolean reviewOpen) {
        return new ActiveChecklist(partnership.id(), partnership.name(), phase.id(), itemId, revision, false, false,
                reviewOpen, null, 0);
    }

    PartnershipRef partnership() {
        return new PartnershipRef(partnershipId, partnershipName);
    }

    Phase phaseValue() {
        return Phase.byId(phase).orElseThrow(() -> new IllegalStateException("unknown phase " + phase));
    }

    boolean isFor(String otherPartnershipId, Phase otherPhase) {
        return partnershipId.equals(otherPartnershipId) && phase.equals(otherPhase.id());
    }

    ActiveChecklist asking(String nextItemId, int nextRevision) {
        return new ActiveChecklist(partnershipId, partnershipName, phase, nextItemId, nextRevision, false, false,
                reviewOpen, detailsFor, detailsRevision);
    }

    ActiveChecklist pausedAs(boolean isPaused) {
        return new ActiveChecklist(partnershipId, partnershipName, phase, itemId, revision, isPaused, false, reviewOpen,
                null, 0);
    }

    ActiveChecklist withReminder() {
        return new ActiveChecklist(partnershipId, partnershipName, phase, itemId, revision, paused, true, reviewOpen,
                detailsFor, detailsRevision);
    }

    ActiveChecklist awaitingDetails(String openItemId, int openRevision) {
        return new ActiveChecklist(partnershipId, partnershipName, phase, itemId, revision, paused, reminded,
                reviewOpen, openItemId, openRevision);
    }

    ActiveChecklist withoutDetails() {
        return awaitingDetails(null, 0);
    }
}
