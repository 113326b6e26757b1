package org.focalbot.bot.checklist;

import org.focalbot.knowledge.checklist.Phase;

/** Where one partnership stands in one phase checklist: counts only, for overviews. */
public record ChecklistSummary(String partnershipId, String partnershipName, Phase phase, int total, int done,
                               int notYet, int skipped) {

    public int answered() {
        return done + notYet + skipped;
    }
}
