package org.focalbot.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import org.focalbot.adapters.host.Routes;
import org.focalbot.bot.Assistant;
import org.focalbot.bot.Platform;

/** The JSON API of the web chat and of scripts: every route that is not a platform webhook. */
public final class WebApi {

    private WebApi() {
    }

    /** The routes, all scoped to the web chat's workspace except the admin ones. */
    public static List<Routes> routes(Assistant assistant, ObjectMapper mapper, Clock clock) {
        String webWorkspace = assistant.workspaces().workspaceOf(Platform.WEB, ChatRoutes.WEB_TENANT);
        return List.of(
                new ChatRoutes(assistant.bot(), mapper),
                new AskRoutes(assistant.guidance(), webWorkspace, mapper),
                new ModelRoutes(assistant.classifier(), mapper),
                new PartnershipRoutes(assistant.notes(), assistant.workspaces(), mapper, clock, assistant.timeZone()),
                new DigestRoutes(assistant.digests(), assistant.workspaces(), mapper, clock),
                new InboxRoutes(assistant.digests().inbox()),
                new KnowledgeAdminRoutes(assistant.guidance()),
                new WorkspaceAdminRoutes(assistant.workspaces(), assistant.notes(), mapper));
    }
}
