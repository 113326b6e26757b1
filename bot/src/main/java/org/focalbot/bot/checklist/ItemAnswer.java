package org.focalbot.bot.checklist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The latest answer to one checklist item, shared by everyone in the workspace.
 *
 * @param status   done, not yet or skipped
 * @param revision how many times the item was answered; an answer is only accepted against the
 *                 revision its author saw, so concurrent answers never overwrite each other silently
 * @param by       author id of whoever answered
 * @param byName   their display name
 * @param at       when
 * @param remark   what they typed beyond the bare answer, if anything
 * @param owner    for "not yet": who will do it, if said
 * @param due      for "not yet": by when, if said
 */
public record ItemAnswer(ItemStatus status, int revision, String by, String byName, Instant at, String remark,
                         String owner, LocalDate due) {

    /** The same answer with an owner and/or due date added (null keeps the current value). */
    ItemAnswer withDetails(String newOwner, LocalDate newDue, int newRevision) {
        return new ItemAnswer(status, newRevision, by, byName, at, remark,
                newOwner == null ? owner : newOwner, newDue == null ? due : newDue);
    }
}
