package org.focalbot.bot.checklist;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.focalbot.knowledge.checklist.Phase;

/**
 * The shared progress of one partnership through one phase checklist in one workspace: the latest
 * answer per item. Stored in the "checklist-progress" collection under workspace/partnership/phase.
 */
public record ChecklistProgress(String workspace, String partnershipId, String partnershipName, String phase,
                                Map<String, ItemAnswer> answers, Instant startedAt, Instant updatedAt) {

    public ChecklistProgress {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    static ChecklistProgress empty(String workspace, PartnershipRef partnership, Phase phase, Instant now) {
        return new ChecklistProgress(workspace, partnership.id(), partnership.name(), phase.id(), Map.of(), now, now);
    }

    public Optional<ItemAnswer> answer(String itemId) {
        return Optional.ofNullable(answers.get(itemId));
    }

    /** The item's revision: 0 while it was never answered. */
    public int revision(String itemId) {
        ItemAnswer a = answers.get(itemId);
        return a == null ? 0 : a.revision();
    }

    public Phase phaseValue() {
        return Phase.byId(phase).orElseThrow(() -> new IllegalStateException("unknown phase " + phase));
    }

    public PartnershipRef partnership() {
        return new PartnershipRef(partnershipId, partnershipName);
    }

    ChecklistProgress with(String itemId, ItemAnswer answer, Instant now) {
        Map<String, ItemAnswer> next = new TreeMap<>(answers);
        next.put(itemId, answer);
        return new ChecklistProgress(workspace, partnershipId, partnershipName, phase, next, startedAt, now);
    }
}
