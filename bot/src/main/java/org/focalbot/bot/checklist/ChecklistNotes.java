package org.focalbot.bot.checklist;

/** The port through which checklists keep remarks as partnership notes linked to the item they are about. */
public interface ChecklistNotes {

    /** Saves the remark durably; when this returns the note is stored. */
    void saveItemRemark(ItemRemark remark);
}
