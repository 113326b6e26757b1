package org.focalbot.bot.checklist;

/**
 * The port through which checklists use the partnership registry: resolve what someone called a
 * partnership, and create one after they confirmed. Implementations scope everything to the workspace.
 */
public interface ChecklistPartnerships {

    /** Resolves a mention ("water", "the Water Alliance") among the workspace's partnerships. */
    PartnershipMatch resolve(String workspace, String mention);

    /** Creates a partnership named {@code name} on behalf of {@code author} (a {@code Turn#author()} id). */
    PartnershipRef create(String workspace, String name, String author);
}
