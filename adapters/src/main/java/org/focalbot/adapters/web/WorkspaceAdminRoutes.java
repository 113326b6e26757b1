package org.focalbot.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.focalbot.adapters.host.ApiException;
import org.focalbot.adapters.host.JsonBody;
import org.focalbot.adapters.host.Routes;
import org.focalbot.bot.notes.NoteBook;
import org.focalbot.bot.tenancy.LinkedWorkspaces;
import org.focalbot.bot.tenancy.TenantRef;
import org.focalbot.bot.tenancy.WorkspaceLink;

/**
 * The operator's API under {@code /api/admin}: link a Slack workspace and a Teams tenant into one
 * organisation (they then share partnerships, notes and checklists), unlink, and erase a whole
 * workspace or everything one person wrote in it. Protected like all of {@code /api/*} by
 * FOCAL_API_TOKEN (or reachable on loopback only when no token is set).
 */
public final class WorkspaceAdminRoutes implements Routes {

    private static final Pattern WORKSPACE = Pattern.compile("(?:web|slack|teams|org):[^/\\s]{1,200}");

    private final LinkedWorkspaces workspaces;
    private final NoteBook notes;
    private final ObjectMapper mapper;

    public WorkspaceAdminRoutes(LinkedWorkspaces workspaces, NoteBook notes, ObjectMapper mapper) {
        this.workspaces = workspaces;
        this.notes = notes;
        this.mapper = mapper;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/admin/workspace-links", ctx -> ctx.json(Map.of("links",
                workspaces.links().stream().map(WorkspaceAdminRoutes::view).toList())));
        routes.post("/api/admin/workspace-links", guarded(this::link));
        routes.delete("/api/admin/workspace-links/{organisation}", guarded(this::unlink));
        routes.delete("/api/admin/workspaces/{workspace}", guarded(this::eraseWorkspace));
        routes.delete("/api/admin/workspaces/{workspace}/authors/{author}", guarded(this::eraseAuthor));
    }

    private void link(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        String organisation = body.requiredString("organisation", 64);
        JsonNode members = body.node().get("members");
        if (members == null || !members.isArray() || members.isEmpty()) {
            throw ApiException.badRequest("\"members\" must be a non-empty array of tenants, e.g. [\"slack:T0123\", "
                    + "\"teams:72f988bf-86f1-41af-91ab-2d7cd011db47\"]");
        }
        List<TenantRef> refs = new ArrayList<>();
        for (JsonNode m : members) {
            if (!m.isTextual()) {
                throw ApiException.badRequest("each member must be a string like \"slack:T0123\"");
            }
            refs.add(TenantRef.parse(m.asText()));
        }
        LinkedWorkspaces.Linked linked = workspaces.link(organisation, refs, WorkspaceLink.FROM_API);
        Map<String, Object> out = new LinkedHashMap<>(view(linked.link()));
        out.put("recordsMoved", linked.recordsMoved());
        ctx.status(201).json(out);
    }

    private void unlink(Context ctx) {
        String organisation = ctx.pathParam("organisation");
        if (!workspaces.unlink(organisation, WorkspaceLink.FROM_API)) {
            throw ApiException.notFound("no organisation \"" + organisation + "\" is linked");
        }
        ctx.json(Map.of("unlinked", organisation));
    }

    private void eraseWorkspace(Context ctx) {
        String workspace = workspace(ctx);
        ctx.json(Map.of("workspace", workspace, "recordsErased", workspaces.eraseWorkspace(workspace)));
    }

    private void eraseAuthor(Context ctx) {
        String workspace = workspace(ctx);
        String author = ctx.pathParam("author");
        if (!author.contains(":")) {
            throw ApiException.badRequest("authors are written platform:user, e.g. slack:U0123 or web:ana");
        }
        NoteBook.Erasure e = notes.eraseAuthor(workspace, author);
        ctx.json(Map.of("workspace", workspace, "author", author, "notesErased", e.notes(),
                "partnershipsUnowned", e.partnerships()));
    }

    private static String workspace(Context ctx) {
        String workspace = ctx.pathParam("workspace");
        if (!WORKSPACE.matcher(workspace).matches()) {
            throw ApiException.badRequest("a workspace is written slack:T0123, teams:<tenant id>, web:local or "
                    + "org:<organisation>; got \"" + workspace + "\"");
        }
        return workspace;
    }

    private static Map<String, Object> view(WorkspaceLink l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisation", l.organisation());
        m.put("workspace", l.workspace());
        m.put("members", l.members().stream().map(TenantRef::toString).toList());
        m.put("source", l.source());
        m.put("createdAt", l.createdAt());
        return m;
    }

    private static Handler guarded(Handler handler) {
        return PartnershipRoutes.guarded(ctx -> {
            try {
                handler.handle(ctx);
            } catch (LinkedWorkspaces.LinkConflict e) {
                throw ApiException.conflict(e.getMessage());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(e.getMessage());
            }
        });
    }
}
