package org.focalbot.bot.notes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.focalbot.bot.notes.search.NoteIndex;
import org.focalbot.bot.notes.search.NotePage;
import org.focalbot.bot.notes.search.NoteQuery;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.JsonCollection;
import org.focalbot.bot.store.Keys;
import org.focalbot.bot.tenancy.WorkspaceData;
import org.focalbot.knowledge.checklist.Phase;

/**
 * The notes of every workspace: add, edit and delete your own (optimistic versioning), read and
 * search what you may see, import, export and erase. Each change is one durable commit; the
 * in-memory {@link NoteIndex} follows the store through after-commit actions, in commit order.
 * Records live in {@value #COLLECTION} under {@code workspace/id}.
 */
public final class NoteBook implements WorkspaceData {

    public static final String COLLECTION = "notes";
    public static final int MAX_IMPORT = 1_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** What an erasure removed. */
    public record Erasure(int notes, int partnerships) {
    }

    /** What an import did: notes added, and identical notes already present that were skipped. */
    public record ImportReport(int imported, int skipped) {
    }

    private final DocumentStore store;
    private final JsonCollection<Note> records;
    private final PartnershipRegistry partnerships;
    private final NoteIndex index;
    private final NoteIds ids;
    private final Clock clock;
    private final NoteCodec codec;

    public NoteBook(DocumentStore store, ObjectMapper mapper, PartnershipRegistry partnerships, NoteIndex index,
                    NoteIds ids, Clock clock) {
        this.store = store;
        this.records = new JsonCollection<>(store, COLLECTION, Note.class, mapper);
        this.partnerships = partnerships;
        this.index = index;
        this.ids = ids;
        this.clock = clock;
        this.codec = new NoteCodec(mapper.getFactory());
    }

    /**
     * Fills the index from the store (at startup); returns the number of notes loaded. Changes
     * committed meanwhile are queued by the index and applied after, so this may run in the
     * background while the assistant already serves.
     */
    public int loadIndex() {
        // One core is left free, so loading a large store in the background does not slow the
        // server's own start; decoding and stemming run on the rest.
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        try {
            // The scan holds the store's read lock, so it is one consistent snapshot between commits.
            List<Map.Entry<String, String>> all = store.scan(COLLECTION, "");
            return pool.submit(() -> {
                List<Note> notes = all.parallelStream()
                        .map(e -> codec.read(e.getValue()).orElseGet(() -> records.decode(e.getKey(), e.getValue())))
                        .toList();
                index.load(notes);
                return notes.size();
            }).get();
        } catch (RuntimeException e) {
            index.failed(e.getMessage());
            throw e;
        } catch (ExecutionException e) {
            index.failed(e.getCause().getMessage());
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            index.failed("interrupted");
            throw new IllegalStateException("interrupted while loading the notes index", e);
        } finally {
            pool.shutdown();
        }
    }

    /** Waits until the index has loaded (searches wait on their own; this is for startup reports and tests). */
    public boolean awaitIndex(java.time.Duration timeout) throws InterruptedException {
        return index.awaitLoaded(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public PartnershipRegistry partnerships() {
        return partnerships;
    }

    /** Saves a new note on a partnership of the workspace. */
    public Note add(String workspace, Author by, String partnershipId, NoteDraft draft) {
        String text = NoteRules.text(draft.text());
        List<String> tags = NoteRules.tags(draft.tags(), text);
        Instant now = clock.instant();
        Note note = new Note(ids.next("n"), workspace, partnershipId, text, tags, draft.privateNote(), by.id(),
                draft.authorName() == null ? by.name() : draft.authorName(), by.origin(),
                draft.createdAt() == null ? now : draft.createdAt(), now, 1, draft.checklist());
        // Encoding and stemming happen before the write: inside it, concurrent adds wait for each other.
        String json = records.encode(note);
        NoteIndex.Prepared indexed = index.prepare(note);
        return store.write(tx -> {
            requirePartnershipExists(tx, workspace, partnershipId);
            tx.put(COLLECTION, key(workspace, note.id()), json);
            tx.afterCommit(() -> index.put(indexed));
            return note;
        });
    }

    /**
     * Saves a remark made on a checklist item as a note linked to that item (for the checklist
     * dialogue).
     */
    public Note addForChecklistItem(String workspace, Author by, String partnershipId, Phase phase, String itemId,
                                    String text) {
        return add(workspace, by, partnershipId, new NoteDraft(text, List.of(), false, null, null,
                new ChecklistLink(phase.id(), itemId)));
    }

    /** Changes the author's own note; refused if it changed since {@code expectedVersion}. */
    public Note edit(String workspace, Author by, String noteId, long expectedVersion, NoteChange change) {
        String newText = change.text() == null ? null : NoteRules.text(change.text());
        return store.write(tx -> {
            Note current = ownNote(tx, workspace, by, noteId, "edit");
            checkVersion(current, expectedVersion);
            String text = newText == null ? current.text() : newText;
            String partnershipId = current.partnershipId();
            if (change.partnershipId() != null && !change.partnershipId().equals(partnershipId)) {
                partnershipId = requirePartnership(tx, workspace, change.partnershipId()).id();
            }
            List<String> tags = change.tags() != null || newText != null
                    ? NoteRules.tags(change.tags() != null ? change.tags() : current.tags(), text)
                    : current.tags();
            Note updated = new Note(current.id(), workspace, partnershipId, text, tags,
                    change.privateNote() == null ? current.privateNote() : change.privateNote(), current.author(),
                    current.authorName(), current.origin(), current.createdAt(), clock.instant(),
                    current.version() + 1, current.checklist());
            records.put(tx, key(workspace, noteId), updated);
            tx.afterCommit(() -> index.put(updated));
            return updated;
        });
    }

    /** Deletes the author's own note; with a version, only if it is still that version. */
    public Note delete(String workspace, Author by, String noteId, Long expectedVersion) {
        return store.write(tx -> {
            Note current = ownNote(tx, workspace, by, noteId, "delete");
            if (expectedVersion != null) {
                checkVersion(current, expectedVersion);
            }
            records.delete(tx, key(workspace, noteId));
            tx.afterCommit(() -> index.remove(workspace, noteId));
            return current;
        });
    }

    /** The note if it exists in the workspace and {@code viewer} may see it. */
    public Optional<Note> get(String workspace, String viewer, String noteId) {
        return index.get(workspace, noteId).filter(n -> n.visibleTo(viewer));
    }

    /** A note by the short reference shown in chat, among the notes {@code viewer} may see. */
    public List<Note> findByRef(String workspace, String viewer, String ref) {
        String wanted = ref.toLowerCase(java.util.Locale.ROOT);
        return index.select(workspace, n -> n.visibleTo(viewer) && (n.id().equals(wanted) || n.ref().equals(wanted)));
    }

    public NotePage search(NoteQuery query) {
        return index.search(query);
    }

    /** Every note of a partnership that {@code viewer} may see, oldest first (exports). */
    public List<Note> notesOf(String workspace, String viewer, String partnershipId) {
        return index.select(workspace, n -> n.partnershipId().equals(partnershipId) && n.visibleTo(viewer));
    }

    /**
     * The workspace's notes created in [from, to), private ones left out, oldest first: what a
     * digest posted to a channel may show.
     */
    public List<Note> sharedNotes(String workspace, Instant from, Instant to) {
        DateRange range = new DateRange(from, to, "");
        return index.select(workspace, n -> !n.privateNote() && range.contains(n.createdAt()));
    }

    /** Adds notes from an export in one commit; a note identical to one already there is skipped. */
    public ImportReport importNotes(String workspace, Author by, String partnershipId, List<NoteDraft> drafts) {
        if (drafts.isEmpty()) {
            throw NotesException.invalid("there are no notes to import");
        }
        if (drafts.size() > MAX_IMPORT) {
            throw NotesException.invalid("at most " + MAX_IMPORT + " notes can be imported at once; split the file");
        }
        Instant now = clock.instant();
        List<NoteDraft> clean = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            NoteDraft d = drafts.get(i);
            try {
                String text = NoteRules.text(d.text());
                if (d.createdAt() != null && d.createdAt().isAfter(now)) {
                    throw NotesException.invalid("its date " + d.createdAt() + " is in the future");
                }
                clean.add(new NoteDraft(text, NoteRules.tags(d.tags(), text), d.privateNote(),
                        d.createdAt() == null ? now : d.createdAt(), d.authorName(), d.checklist()));
            } catch (NotesException e) {
                throw NotesException.invalid("note " + (i + 1) + ": " + e.getMessage());
            }
        }
        Set<String> present = new HashSet<>();
        notesOf(workspace, by.id(), partnershipId).forEach(n -> present.add(n.createdAt() + "\n" + n.text()));
        return store.write(tx -> {
            requirePartnership(tx, workspace, partnershipId);
            List<Note> added = new ArrayList<>();
            int skipped = 0;
            for (NoteDraft d : clean) {
                if (!present.add(d.createdAt() + "\n" + d.text())) {
                    skipped++;
                    continue;
                }
                Note note = new Note(ids.next("n"), workspace, partnershipId, d.text(), d.tags(), d.privateNote(),
                        by.id(), d.authorName() == null ? by.name() : d.authorName(), by.origin(), d.createdAt(), now, 1,
                        d.checklist());
                records.put(tx, key(workspace, note.id()), note);
                added.add(note);
            }
            tx.afterCommit(() -> added.forEach(index::put));
            return new ImportReport(added.size(), skipped);
        });
    }

    /**
     * A person's right to erasure within a workspace: deletes every note they wrote (private ones
     * included) and removes them as owner of partnerships, which stay because others rely on them.
     */
    public Erasure eraseAuthor(String workspace, String author) {
        return store.write(tx -> {
            List<String> gone = new ArrayList<>();
            for (Map.Entry<String, String> e : tx.scan(COLLECTION, Keys.prefix(workspace))) {
                Note n = records.decode(e.getKey(), e.getValue());
                if (n.author().equals(author)) {
                    tx.delete(COLLECTION, e.getKey());
                    gone.add(n.id());
                }
            }
            int cleared = 0;
            for (Partnership p : partnerships.records().scan(tx, Keys.prefix(workspace))) {
                if (author.equals(p.owner())) {
                    partnerships.records().put(tx, PartnershipRegistry.key(workspace, p.id()),
                            new Partnership(p.id(), workspace, p.name(), p.aliases(), p.phase(), p.partners(), null,
                                    null, p.origin(), p.createdAt(), clock.instant(), p.version() + 1));
                    cleared++;
                }
            }
            tx.afterCommit(() -> gone.forEach(id -> index.remove(workspace, id)));
            return new Erasure(gone.size(), cleared);
        });
    }

    @Override
    public int move(DocumentStore.Transaction tx, String from, String to) {
        List<Note> moved = new ArrayList<>();
        for (Map.Entry<String, String> e : tx.scan(COLLECTION, Keys.prefix(from))) {
            Note n = records.decode(e.getKey(), e.getValue()).withWorkspace(to);
            tx.delete(COLLECTION, e.getKey());
            records.put(tx, key(to, n.id()), n);
            moved.add(n);
        }
        int count = moved.size();
        for (Partnership p : partnerships.records().scan(tx, Keys.prefix(from))) {
            tx.delete(PartnershipRegistry.COLLECTION, PartnershipRegistry.key(from, p.id()));
            partnerships.records().put(tx, PartnershipRegistry.key(to, p.id()), p.withWorkspace(to));
            count++;
        }
        tx.afterCommit(() -> {
            index.dropWorkspace(from);
            moved.forEach(index::put);
        });
        return count;
    }

    @Override
    public int erase(DocumentStore.Transaction tx, String workspace) {
        int count = 0;
        for (String collection : List.of(COLLECTION, PartnershipRegistry.COLLECTION)) {
            for (Map.Entry<String, String> e : tx.scan(collection, Keys.prefix(workspace))) {
                tx.delete(collection, e.getKey());
                count++;
            }
        }
        tx.afterCommit(() -> index.dropWorkspace(workspace));
        return count;
    }

    /** Erases every partnership and note of a workspace in one commit. */
    public int eraseWorkspace(String workspace) {
        return store.write(tx -> erase(tx, workspace));
    }

    /** As {@link #requirePartnership} without decoding the record: on every add, so kept cheap. */
    private static void requirePartnershipExists(DocumentStore.Transaction tx, String workspace, String partnershipId) {
        if (partnershipId == null || partnershipId.isBlank()) {
            throw NotesException.invalid("a note needs a partnership");
        }
        if (tx.get(PartnershipRegistry.COLLECTION, PartnershipRegistry.key(workspace, partnershipId)).isEmpty()) {
            throw NotesException.notFound("no partnership with id " + partnershipId + " in this workspace");
        }
    }

    private Partnership requirePartnership(DocumentStore.Transaction tx, String workspace, String partnershipId) {
        if (partnershipId == null || partnershipId.isBlank()) {
            throw NotesException.invalid("a note needs a partnership");
        }
        return partnerships.records().get(tx, PartnershipRegistry.key(workspace, partnershipId))
                .orElseThrow(() -> NotesException.notFound("no partnership with id " + partnershipId
                        + " in this workspace"));
    }

    private Note ownNote(DocumentStore.Transaction tx, String workspace, Author by, String noteId, String verb) {
        Note current = records.get(tx, key(workspace, noteId))
                .filter(n -> n.visibleTo(by.id()))
                .orElseThrow(() -> NotesException.notFound("no note with id " + noteId + " in this workspace"));
        if (!current.author().equals(by.id())) {
            throw NotesException.forbidden("only its author (" + current.authorName() + ") can " + verb + " this note");
        }
        return current;
    }

    private static void checkVersion(Note current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw NotesException.conflict("this note was changed at " + WHEN.format(current.updatedAt())
                    + " since you read it (it is now version " + current.version() + ", your change was based on version "
                    + expectedVersion + "); nothing was saved: reload the note and apply your change again");
        }
    }

    static String key(String workspace, String id) {
        return Keys.of(workspace, id);
    }
}
