package org.focalbot.bot.checklist;

import java.time.LocalDate;
import org.focalbot.knowledge.checklist.Dimension;
import org.focalbot.knowledge.checklist.Phase;

/** What a typed message means to the checklist, as read by {@link ChecklistTextParser}. */
sealed interface ChecklistCommand {

    /** An answer to the current item; {@code remark} is the whole message when it says more than the bare answer. */
    record Answer(ItemStatus status, String remark, String owner, LocalDate due) implements ChecklistCommand {
    }

    /** Only an owner and/or a due date, as a follow-up to a "not yet". */
    record Details(String owner, LocalDate due) implements ChecklistCommand {
    }

    /** Skip the rest of a dimension; null means the current item's dimension. */
    record SkipPart(Dimension dimension) implements ChecklistCommand {
    }

    /** "Why does this matter?" */
    record Why() implements ChecklistCommand {
    }

    /** "Stop", "pause", "later". */
    record Pause() implements ChecklistCommand {
    }

    /** "Continue", "resume", "where were we?" */
    record Resume() implements ChecklistCommand {
    }

    /** Start (or resume) a checklist; either part may be missing. */
    record Start(Phase phase, String mention) implements ChecklistCommand {
    }

    /** "Where are we with the Water Alliance?"; the mention may be missing. */
    record Status(String mention) implements ChecklistCommand {
    }

    /** "Export the checklist"; the mention may be missing. */
    record Export(String mention) implements ChecklistCommand {
    }
}
