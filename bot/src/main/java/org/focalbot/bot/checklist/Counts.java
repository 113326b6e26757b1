package org.focalbot.bot.checklist;

import org.focalbot.knowledge.checklist.ChecklistItem;
import org.focalbot.knowledge.checklist.PhaseChecklist;

/** How many items of a checklist are done, not yet, skipped and unanswered. */
record Counts(int done, int notYet, int skipped, int unanswered) {

    static Counts of(PhaseChecklist checklist, ChecklistProgress progress) {
        int done = 0;
        int notYet = 0;
        int skipped = 0;
        int unanswered = 0;
        for (ChecklistItem item : checklist.items()) {
            ItemAnswer a = progress.answers().get(item.id());
            if (a == null) {
                unanswered++;
            } else {
                switch (a.status()) {
                    case DONE -> done++;
                    case NOT_YET -> notYet++;
                    case SKIPPED -> skipped++;
                }
            }
        }
        return new Counts(done, notYet, skipped, unanswered);
    }

    int answered() {
        return done + notYet + skipped;
    }
}
