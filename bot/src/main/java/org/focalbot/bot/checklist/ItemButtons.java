package org.focalbot.bot.checklist;

import java.util.List;
import java.util.Optional;
import org.focalbot.bot.Action;

/**
 * The buttons under a checklist item and how their ids are read back. An item button carries the item,
 * the revision it was asked at and the partnership, so a click on an old message answers that item
 * (or is refused if someone answered it since), never whatever item happens to be current.
 */
final class ItemButtons {

    static final String NAMESPACE = "checklist";

    /** A decoded item button: "checklist:{verb}:{revision}:{itemId}:{partnershipId}". */
    record ItemClick(String verb, int revision, String itemId, String partnershipId) {
    }

    private ItemButtons() {
    }

    static List<Action> forItem(String partnershipId, String itemId, int revision) {
        return List.of(
                item("done", "Done", partnershipId, itemId, revision),
                item("notyet", "Not yet", partnershipId, itemId, revision),
                item("skip", "Skip", partnershipId, itemId, revision),
                item("why", "Why?", partnershipId, itemId, revision),
                new Action(NAMESPACE + ":pause", "Pause"));
    }

    static Action resume() {
        return new Action(NAMESPACE + ":continue", "Continue");
    }

    /** A button whose argument is a verb plus phase and partnership, e.g. "export:initiating:p1". */
    static Action forChecklist(String verb, String label, String phaseId, String partnershipId) {
        return new Action(NAMESPACE + ":" + verb + ":" + phaseId + ":" + partnershipId, label);
    }

    /** Reads the argument of an item button ("done:0:initiating.issues.x:p1"); empty if it is not one. */
    static Optional<ItemClick> readItem(String argument) {
        String[] parts = argument.split(":", 4);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ItemClick(parts[0], Integer.parseInt(parts[1]), parts[2], parts[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Action item(String verb, String label, String partnershipId, String itemId, int revision) {
        return new Action(NAMESPACE + ":" + verb + ":" + revision + ":" + itemId + ":" + partnershipId, label);
    }
}
