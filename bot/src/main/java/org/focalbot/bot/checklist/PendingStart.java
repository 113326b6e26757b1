package org.focalbot.bot.checklist;

import java.util.List;

/**
 * A checklist start waiting for one more answer (the "checklist-start" conversation slot): which
 * phase, which partnership, whether to create an unknown one, or which of several was meant.
 *
 * @param waitingFor  what the last question asked
 * @param phase       the phase id if already known
 * @param partnership the partnership if already known
 * @param name        for {@link Question#CREATE}: the name to create
 * @param candidates  for {@link Question#WHICH_PARTNERSHIP}: the partnerships offered
 */
public record PendingStart(Question waitingFor, String phase, PartnershipRef partnership, String name,
                           List<PartnershipRef> candidates) {

    /** The open question. */
    public enum Question { PHASE, PARTNERSHIP, CREATE, WHICH_PARTNERSHIP }

    public PendingStart {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
