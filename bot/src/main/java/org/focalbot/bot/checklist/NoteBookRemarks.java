package org.focalbot.bot.checklist;

import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.NoteBook;

/** Keeps checklist remarks as ordinary partnership notes, linked to the item they are about. */
public final class NoteBookRemarks implements ChecklistNotes {

    private final NoteBook notes;

    public NoteBookRemarks(NoteBook notes) {
        this.notes = notes;
    }

    @Override
    public void saveItemRemark(ItemRemark remark) {
        // The remark knows its workspace but not the platform tenant, so the workspace stands as the origin.
        notes.addForChecklistItem(remark.workspace(), new Author(remark.author(), remark.authorName(), remark.workspace()),
                remark.partnership().id(), remark.phase(), remark.itemId(), remark.text());
    }
}
