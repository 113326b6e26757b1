package org.focalbot.adapters.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.focalbot.adapters.host.ApiException;
import org.focalbot.adapters.host.JsonBody;
import org.focalbot.adapters.host.Routes;
import org.focalbot.bot.Platform;
import org.focalbot.bot.notes.Author;
import org.focalbot.bot.notes.DatePhrases;
import org.focalbot.bot.notes.DateRange;
import org.focalbot.bot.notes.Note;
import org.focalbot.bot.notes.NoteBook;
import org.focalbot.bot.notes.NoteChange;
import org.focalbot.bot.notes.NoteDraft;
import org.focalbot.bot.notes.NoteExport;
import org.focalbot.bot.notes.NoteRules;
import org.focalbot.bot.notes.NotesException;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipRegistry;
import org.focalbot.bot.notes.Resolution;
import org.focalbot.bot.notes.search.NotePage;
import org.focalbot.bot.notes.search.NoteQuery;
import org.focalbot.bot.tenancy.Workspaces;

/**
 * The partnerships and notes JSON API under {@code /api/partnerships}: list, create, read and
 * change partnerships; list, add, edit, delete, search, export and import notes. It speaks for the
 * web tenant ({@link ChatRoutes#WEB_TENANT}), resolved to its workspace on every request, so a
 * link made by the operator applies at once and nothing else is reachable.
 */
public final class PartnershipRoutes implements Routes {

    private final NoteBook notes;
    private final PartnershipRegistry registry;
    private final Workspaces workspaces;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final DatePhrases dates;
    private final NoteExport export;
    private final PartnershipBodies bodies = new PartnershipBodies();

    public PartnershipRoutes(NoteBook notes, Workspaces workspaces, ObjectMapper mapper, Clock clock, ZoneId zone) {
        this.notes = notes;
        this.registry = notes.partnerships();
        this.workspaces = workspaces;
        this.mapper = mapper;
        this.clock = clock;
        this.dates = new DatePhrases(clock, zone);
        this.export = new NoteExport(mapper);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/partnerships", guarded(this::list));
        routes.post("/api/partnerships", guarded(this::create));
        // Registered before "/{id}" so that "notes" is never read as a partnership id.
        routes.get("/api/partnerships/notes", guarded(this::searchAll));
        routes.get("/api/partnerships/{id}", guarded(ctx -> ctx.json(NoteViews.partnership(partnership(ctx)))));
        routes.patch("/api/partnerships/{id}", guarded(this::update));
        routes.get("/api/partnerships/{id}/notes", guarded(this::listNotes));
        routes.post("/api/partnerships/{id}/notes", guarded(this::addNote));
        routes.get("/api/partnerships/{id}/notes/{noteId}", guarded(this::getNote));
        routes.patch("/api/partnerships/{id}/notes/{noteId}", guarded(this::editNote));
        routes.delete("/api/partnerships/{id}/notes/{noteId}", guarded(this::deleteNote));
        routes.get("/api/partnerships/{id}/export", guarded(this::exportNotes));
        routes.post("/api/partnerships/{id}/import", guarded(this::importNotes));
    }

    private String workspace() {
        return workspaces.workspaceOf(Platform.WEB, ChatRoutes.WEB_TENANT);
    }

    private void list(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            ctx.json(NoteViews.list("partnerships", registry.list(workspace()).stream().map(NoteViews::partnership).toList()));
            return;
        }
        Resolution r = registry.resolve(workspace(), q);
        Map<String, Object> out = new LinkedHashMap<>();
        List<Partnership> found = r instanceof Resolution.Found f ? List.of(f.partnership())
                : r instanceof Resolution.Ambiguous a ? a.options()
                : ((Resolution.NotFound) r).nearMisses();
        out.put("match", r instanceof Resolution.Found ? "found" : r instanceof Resolution.Ambiguous ? "ambiguous" : "none");
        out.put("partnerships", found.stream().map(NoteViews::partnership).toList());
        ctx.json(out);
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        Author by = ApiParams.author(ctx, body);
        Partnership p = registry.create(workspace(), bodies.spec(body, true), by);
        ctx.status(201).json(NoteViews.partnership(p));
    }

    private void update(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        Author by = ApiParams.author(ctx, body);
        long version = body.optionalLong("version").orElseThrow(() -> ApiException.badRequest(
                "\"version\" is required: the version you read, so a change made since is not overwritten"));
        Partnership p = registry.update(workspace(), partnership(ctx).id(), version, bodies.spec(body, false), by);
        ctx.json(NoteViews.partnership(p));
    }

    private void listNotes(Context ctx) {
        Partnership p = partnership(ctx);
        ctx.json(page(ctx, query(ctx).withPartnership(p.id())));
    }

    private void searchAll(Context ctx) {
        NoteQuery q = query(ctx);
        String partnership = ctx.queryParam("partnership");
        if (partnership != null && !partnership.isBlank()) {
            q = q.withPartnership(registry.find(workspace(), partnership.strip())
                    .orElseThrow(() -> ApiException.notFound("no partnership \"" + partnership + "\" in this workspace")).id());
        }
        ctx.json(page(ctx, q));
    }

    private NoteQuery query(Context ctx) {
        Author viewer = ApiParams.author(ctx, null);
        DateRange range = ApiParams.range(ctx, dates);
        String sort = ctx.queryParam("sort");
        NoteQuery.Sort order;
        if (sort == null || sort.isBlank() || sort.equalsIgnoreCase("relevance")) {
            order = NoteQuery.Sort.RELEVANCE;
        } else if (sort.equalsIgnoreCase("newest")) {
            order = NoteQuery.Sort.NEWEST;
        } else {
            throw ApiException.badRequest("\"sort\" must be relevance or newest, got \"" + sort + "\"");
        }
        String author = ctx.queryParam("author");
        if (author != null && !author.isBlank()) {
            author = author.strip();
            author = author.equals("me") ? viewer.id() : author.contains(":") ? author : Platform.WEB.id() + ":" + author;
        } else {
            author = null;
        }
        String tag = ctx.queryParam("tag");
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 1_000) {
            throw ApiException.badRequest("\"q\" must be at most 1,000 characters");
        }
        return new NoteQuery(workspace(), viewer.id(), q, null, author,
                tag == null || tag.isBlank() ? null : NoteRules.tag(tag), range.from(), range.to(),
                order, ApiParams.integer(ctx, "offset", 0, 0, ApiParams.MAX_OFFSET),
                ApiParams.integer(ctx, "limit", 20, 1, NoteQuery.MAX_LIMIT));
    }

    private Map<String, Object> page(Context ctx, NoteQuery q) {
        NotePage page = notes.search(q);
        Map<String, String> names = new HashMap<>();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Note n : page.notes()) {
            String name = names.computeIfAbsent(n.partnershipId(),
                    id -> registry.get(q.workspace(), id).map(Partnership::name).orElse(null));
            items.add(NoteViews.note(n, name));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", page.total());
        out.put("offset", page.offset());
        out.put("limit", q.limit());
        out.put("relaxed", page.relaxed());
        out.put("notes", items);
        return out;
    }

    private void addNote(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        Author by = ApiParams.author(ctx, body);
        Partnership p = partnership(ctx);
        NoteDraft draft = new NoteDraft(bodies.noteText(body, true), bodies.tags(body),
                body.optionalBoolean("private").orElse(false), null, null, null);
        Note n = notes.add(workspace(), by, p.id(), draft);
        ctx.status(201).json(NoteViews.note(n, p.name()));
    }

    private void getNote(Context ctx) {
        Author viewer = ApiParams.author(ctx, null);
        Partnership p = partnership(ctx);
        ctx.json(NoteViews.note(note(ctx, p, viewer), p.name()));
    }

    private void editNote(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        Author by = ApiParams.author(ctx, body);
        Partnership p = partnership(ctx);
        Note current = note(ctx, p, by);
        long version = body.optionalLong("version").orElseThrow(() -> ApiException.badRequest(
                "\"version\" is required: the version of the note you edited, so a change made since is not overwritten"));
        String target = body.optionalString("partnershipId", 200).orElse(null);
        NoteChange change = new NoteChange(bodies.noteText(body, false), body.has("tags") ? bodies.tags(body) : null,
                body.optionalBoolean("private").orElse(null), target);
        Note n = notes.edit(workspace(), by, current.id(), version, change);
        ctx.json(NoteViews.note(n, registry.get(workspace(), n.partnershipId()).map(Partnership::name).orElse(null)));
    }

    private void deleteNote(Context ctx) {
        Author by = ApiParams.author(ctx, null);
        Partnership p = partnership(ctx);
        Note current = note(ctx, p, by);
        Note gone = notes.delete(workspace(), by, current.id(), ApiParams.version(ctx).orElse(null));
        ctx.json(Map.of("deleted", gone.id()));
    }

    private void exportNotes(Context ctx) {
        Author viewer = ApiParams.author(ctx, null);
        Partnership p = partnership(ctx);
        String raw = ctx.queryParam("format");
        NoteExport.Format format = NoteExport.Format.parse(raw == null || raw.isBlank() ? "markdown" : raw);
        String body = export.render(format, p, notes.notesOf(workspace(), viewer.id(), p.id()), clock.instant());
        String file = p.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        ctx.header("Content-Disposition", "attachment; filename=\"" + (file.isEmpty() ? "partnership" : file)
                + "-notes." + format.extension() + "\"");
        ctx.contentType(format.contentType()).result(body);
    }

    private void importNotes(Context ctx) {
        Author by = ApiParams.author(ctx, null);
        Partnership p = partnership(ctx);
        JsonNode root;
        try {
            String raw = ctx.body();
            root = raw == null || raw.isBlank() ? null : mapper.readTree(raw);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the request body is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null) {
            throw ApiException.badRequest("the request body must be the notes to import (a JSON export, or an array of notes)");
        }
        NoteBook.ImportReport report = notes.importNotes(workspace(), by, p.id(), export.readImport(root));
        ctx.status(201).json(Map.of("imported", report.imported(), "skipped", report.skipped()));
    }

    private Partnership partnership(Context ctx) {
        String id = ctx.pathParam("id");
        return registry.find(workspace(), id)
                .orElseThrow(() -> ApiException.notFound("no partnership \"" + id + "\" in this workspace"));
    }

    private Note note(Context ctx, Partnership p, Author viewer) {
        String noteId = ctx.pathParam("noteId");
        return notes.get(workspace(), viewer.id(), noteId)
                .filter(n -> n.partnershipId().equals(p.id()))
                .orElseThrow(() -> ApiException.notFound("no note \"" + noteId + "\" in partnership \"" + p.name() + "\""));
    }

    /** Turns the notes core's refusals into HTTP answers: 400, 403, 404 or 409 with the message. */
    static Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (NotesException e) {
                int status = switch (e.kind()) {
                    case INVALID -> 400;
                    case FORBIDDEN -> 403;
                    case NOT_FOUND -> 404;
                    case CONFLICT -> 409;
                };
                throw new ApiException(status, e.getMessage());
            }
        };
    }
}
