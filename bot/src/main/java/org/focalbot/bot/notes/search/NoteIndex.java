package org.focalbot.bot.notes.search;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.focalbot.bot.notes.Note;

/**
 * The searchable, in-memory view of every workspace's notes, rebuilt from the store at startup
 * and kept in step with it by after-commit actions. Each workspace has its own index, so a query
 * can only ever see the workspace it names.
 */
public final class NoteIndex {

    private final Analyzer analyzer;
    private final TermIds ids = new TermIds();
    private final ConcurrentHashMap<String, WorkspaceIndex> workspaces = new ConcurrentHashMap<>();

    public NoteIndex(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Adds a note or replaces an older version of it. */
    public void put(Note note) {
        List<String> terms = analyzer.terms(note.text());
        int[] sequence = new int[terms.size()];
        int length = 0;
        for (int i = 0; i < sequence.length; i++) {
            sequence[i] = ids.idOf(terms.get(i));
            if (sequence[i] >= 0) {
                length++;
            }
        }
        workspaces.computeIfAbsent(note.workspace(), w -> new WorkspaceIndex())
                .put(new WorkspaceIndex.Entry(note, sequence, length));
    }

    public boolean remove(String workspace, String noteId) {
        WorkspaceIndex index = workspaces.get(workspace);
        return index != null && index.remove(noteId);
    }

    /** Forgets a whole workspace (after it was erased or merged into another). */
    public void dropWorkspace(String workspace) {
        workspaces.remove(workspace);
    }

    /** The note, whoever wrote it; callers check visibility. */
    public Optional<Note> get(String workspace, String noteId) {
        WorkspaceIndex index = workspaces.get(workspace);
        return index == null ? Optional.empty() : index.get(noteId);
    }

    public NotePage search(NoteQuery query) {
        WorkspaceIndex index = workspaces.get(query.workspace());
        if (index == null) {
            return new NotePage(List.of(), 0, query.offset(), false);
        }
        SearchText text = query.hasText() ? SearchText.parse(query.text(), analyzer, ids) : null;
        return index.search(query, text);
    }

    /** Every note of a workspace that passes {@code test}, oldest first (exports, digests, erasure). */
    public List<Note> select(String workspace, Predicate<Note> test) {
        WorkspaceIndex index = workspaces.get(workspace);
        return index == null ? List.of() : index.select(test);
    }

    public int size(String workspace) {
        WorkspaceIndex index = workspaces.get(workspace);
        return index == null ? 0 : index.size();
    }

    public int size() {
        return workspaces.values().stream().mapToInt(WorkspaceIndex::size).sum();
    }
}
