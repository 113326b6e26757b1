package org.focalbot.bot.checklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.JsonCollection;
import org.focalbot.bot.store.Keys;
import org.focalbot.knowledge.checklist.Phase;

/**
 * Shared checklist progress in the "checklist-progress" collection, keyed workspace/partnership/phase.
 * Every change is a compare-and-set on the item's revision inside one store transaction, so of two
 * concurrent answers to the same item one is kept and the other is refused, never silently lost.
 */
public final class ChecklistProgressStore {

    /** The result of trying to answer an item. */
    public sealed interface Outcome {
        /** The checklist's progress after the attempt. */
        ChecklistProgress progress();

        /** The answer was stored. */
        record Accepted(ItemAnswer answer, ChecklistProgress progress) implements Outcome {
        }

        /** Someone changed the item since the author saw it; {@code current} is what is stored. */
        record Conflict(ItemAnswer current, ChecklistProgress progress) implements Outcome {
        }
    }

    /** Who answers, when, and with what; the store assigns the revision. */
    public record Answer(ItemStatus status, String by, String byName, Instant at, String remark, String owner,
                         LocalDate due) {
        ItemAnswer stored(int revision) {
            return new ItemAnswer(status, revision, by, byName, at, remark, owner, due);
        }
    }

    public static final String COLLECTION = "checklist-progress";

    private final DocumentStore store;
    private final JsonCollection<ChecklistProgress> progress;

    public ChecklistProgressStore(DocumentStore store, ObjectMapper mapper) {
        this.store = store;
        this.progress = new JsonCollection<>(store, COLLECTION, ChecklistProgress.class, mapper);
    }

    public Optional<ChecklistProgress> find(String workspace, String partnershipId, Phase phase) {
        return progress.get(key(workspace, partnershipId, phase));
    }

    /** The progress record, or an empty one when nobody has answered anything yet (not stored). */
    public ChecklistProgress load(String workspace, PartnershipRef partnership, Phase phase, Instant now) {
        return find(workspace, partnership.id(), phase)
                .orElseGet(() -> ChecklistProgress.empty(workspace, partnership, phase, now));
    }

    /** Every checklist of the workspace that has at least one answer, ordered by partnership then phase. */
    public List<ChecklistProgress> all(String workspace) {
        return progress.scan(Keys.prefix(workspace));
    }

    /** Every checklist of one partnership that has at least one answer. */
    public List<ChecklistProgress> ofPartnership(String workspace, String partnershipId) {
        return progress.scan(Keys.prefix(workspace, partnershipId));
    }

    /** Stores {@code answer} for the item if its revision is still {@code expectedRevision}. */
    public Outcome answer(String workspace, PartnershipRef partnership, Phase phase, String itemId, int expectedRevision,
                          Answer answer) {
        String key = key(workspace, partnership.id(), phase);
        return store.write(tx -> {
            ChecklistProgress current = progress.get(tx, key)
                    .orElseGet(() -> ChecklistProgress.empty(workspace, partnership, phase, answer.at()));
            int revision = current.revision(itemId);
            if (revision != expectedRevision) {
                return new Outcome.Conflict(current.answer(itemId).orElseThrow(), current);
            }
            ItemAnswer stored = answer.stored(revision + 1);
            ChecklistProgress updated = current.with(itemId, stored, answer.at());
            progress.put(tx, key, updated);
            return new Outcome.Accepted(stored, updated);
        });
    }

    /**
     * Adds an owner and/or due date to a "not yet" answer if it is still at {@code expectedRevision}
     * and still "not yet".
     */
    public Outcome addDetails(String workspace, PartnershipRef partnership, Phase phase, String itemId,
                              int expectedRevision, String owner, LocalDate due, Instant now) {
        String key = key(workspace, partnership.id(), phase);
        return store.write(tx -> {
            ChecklistProgress current = progress.get(tx, key).orElseThrow(() ->
                    new IllegalStateException("no checklist progress at " + key));
            ItemAnswer existing = current.answer(itemId).orElseThrow();
            if (existing.revision() != expectedRevision || existing.status() != ItemStatus.NOT_YET) {
                return new Outcome.Conflict(existing, current);
            }
            ItemAnswer stored = existing.withDetails(owner, due, expectedRevision + 1);
            ChecklistProgress updated = current.with(itemId, stored, now);
            progress.put(tx, key, updated);
            return new Outcome.Accepted(stored, updated);
        });
    }

    /**
     * Marks as skipped those of {@code itemIds} that nobody has answered yet, in one transaction;
     * returns the ids it skipped. Items answered meanwhile keep their answer.
     */
    public List<String> skipUnanswered(String workspace, PartnershipRef partnership, Phase phase, List<String> itemIds,
                                       Answer skip) {
        String key = key(workspace, partnership.id(), phase);
        return store.write(tx -> {
            ChecklistProgress current = progress.get(tx, key)
                    .orElseGet(() -> ChecklistProgress.empty(workspace, partnership, phase, skip.at()));
            List<String> skipped = new ArrayList<>();
            for (String itemId : itemIds) {
                if (current.revision(itemId) == 0) {
                    current = current.with(itemId, skip.stored(1), skip.at());
                    skipped.add(itemId);
                }
            }
            if (!skipped.isEmpty()) {
                progress.put(tx, key, current);
            }
            return skipped;
        });
    }

    private static String key(String workspace, String partnershipId, Phase phase) {
        return Keys.of(workspace, partnershipId, phase.id());
    }
}
