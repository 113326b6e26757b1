package org.focalbot.bot.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.focalbot.knowledge.checklist.Phase;

/**
 * What happened in a workspace's checklists within a time window, for the weekly digest: items
 * completed in the window, and every action still open (overdue first).
 */
public record ChecklistActivity(List<Completed> completed, List<OpenAction> open) {

    public ChecklistActivity {
        completed = List.copyOf(completed);
        open = List.copyOf(open);
    }

    /** An item marked done within the window. */
    public record Completed(PartnershipRef partnership, Phase phase, String itemId, String prompt, String byName,
                            Instant at) {
    }

    /**
     * An item answered "not yet".
     *
     * @param owner   who will do it, or null
     * @param due     by when, or null
     * @param overdue true when {@code due} is before the window's last day
     * @param remark  what was said with the answer, or null
     */
    public record OpenAction(PartnershipRef partnership, Phase phase, String itemId, String prompt, String owner,
                             LocalDate due, boolean overdue, String remark) {
    }
}
