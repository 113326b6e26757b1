package org.focalbot.bot.checklist.interim;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.focalbot.bot.checklist.ChecklistNotes;
import org.focalbot.bot.checklist.ItemRemark;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.JsonCollection;
import org.focalbot.bot.store.Keys;

/**
 * Keeps checklist remarks durably until the partnership notes of issue 5 are wired in through
 * {@link ChecklistNotes}; stored in the "interim-item-remarks" collection, keyed by workspace,
 * partnership and time, so they can be migrated into notes later.
 */
public final class InterimRemarkLog implements ChecklistNotes {

    private final JsonCollection<ItemRemark> remarks;

    public InterimRemarkLog(DocumentStore store, ObjectMapper mapper) {
        this.remarks = new JsonCollection<>(store, "interim-item-remarks", ItemRemark.class, mapper);
    }

    @Override
    public void saveItemRemark(ItemRemark remark) {
        String stamp = String.format("%020d", remark.at().toEpochMilli()) + "-" + UUID.randomUUID();
        remarks.put(Keys.of(remark.workspace(), remark.partnership().id(), stamp), remark);
    }

    /** The remarks kept for one partnership, oldest first. */
    public List<ItemRemark> of(String workspace, String partnershipId) {
        return remarks.scan(Keys.prefix(workspace, partnershipId));
    }
}
