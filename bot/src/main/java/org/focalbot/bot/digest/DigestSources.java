package org.focalbot.bot.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.focalbot.knowledge.checklist.Phase;

/**
 * What the digest reads from the rest of the assistant for one workspace. Implementations must
 * never return another workspace's data nor private notes.
 */
public interface DigestSources {

    /** A partnership of the workspace. */
    record PartnershipInfo(String id, String name, Phase phase) {
    }

    /** A shared (not private) note written in the window. */
    record NoteInfo(String partnershipId, String author, String text, Instant at) {
    }

    /** A checklist item marked done in the window. */
    record CompletedItem(String partnershipId, Phase phase, String prompt, String by, Instant at) {
    }

    /** An item answered "not yet", still open. */
    record OpenAction(String partnershipId, Phase phase, String prompt, String owner, LocalDate due) {
    }

    /** A partnership that moved to another phase in the window. */
    record PhaseChange(String partnershipId, Phase from, Phase to, Instant at) {
    }

    List<PartnershipInfo> partnerships(String workspace);

    List<NoteInfo> sharedNotes(String workspace, Instant from, Instant to);

    List<CompletedItem> completedItems(String workspace, Instant from, Instant to);

    List<OpenAction> openActions(String workspace);

    List<PhaseChange> phaseChanges(String workspace, Instant from, Instant to);
}
