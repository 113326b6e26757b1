package org.focalbot.bot.digest;

import java.time.Instant;
import java.util.List;
import org.focalbot.bot.checklist.ChecklistReports;
import org.focalbot.bot.notes.NoteBook;

/** The digest's sources in this assistant: the partnership registry, shared notes and checklist progress. */
public final class WorkspaceDigestSources implements DigestSources {

    private final NoteBook notes;
    private final ChecklistReports checklists;

    public WorkspaceDigestSources(NoteBook notes, ChecklistReports checklists) {
        this.notes = notes;
        this.checklists = checklists;
    }

    @Override
    public List<PartnershipInfo> partnerships(String workspace) {
        return notes.partnerships().list(workspace).stream()
                .map(p -> new PartnershipInfo(p.id(), p.name(), p.phase()))
                .toList();
    }

    @Override
    public List<NoteInfo> sharedNotes(String workspace, Instant from, Instant to) {
        // NoteBook.sharedNotes never returns private notes: a digest is read by the whole channel.
        return notes.sharedNotes(workspace, from, to).stream()
                .map(n -> new NoteInfo(n.partnershipId(), n.authorName(), n.text(), n.createdAt()))
                .toList();
    }

    @Override
    public List<CompletedItem> completedItems(String workspace, Instant from, Instant to) {
        return checklists.activity(workspace, from, to).completed().stream()
                .map(c -> new CompletedItem(c.partnership().id(), c.phase(), c.prompt(), c.byName(), c.at()))
                .toList();
    }

    @Override
    public List<OpenAction> openActions(String workspace) {
        // Open actions do not depend on the window; the composer decides what is overdue.
        return checklists.activity(workspace, Instant.EPOCH, Instant.EPOCH).open().stream()
                .map(o -> new OpenAction(o.partnership().id(), o.phase(), o.prompt(), o.owner(), o.due()))
                .toList();
    }

    @Override
    public List<PhaseChange> phaseChanges(String workspace, Instant from, Instant to) {
        return notes.partnerships().phaseChanges(workspace, from, to).stream()
                .map(c -> new PhaseChange(c.partnershipId(), c.from(), c.to(), c.at()))
                .toList();
    }
}
