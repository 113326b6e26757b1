package org.focalbot.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.focalbot.adapters.host.ApiException;
import org.focalbot.adapters.host.Routes;
import org.focalbot.bot.Platform;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.digest.WebInbox;

/**
 * {@code GET /api/inbox?conversation=…&after=…}: messages the assistant posted to a web chat
 * conversation outside of a turn (the weekly digest), which the page polls for.
 */
public final class InboxRoutes implements Routes {

    private final WebInbox inbox;

    public InboxRoutes(WebInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/inbox", this::list);
    }

    private void list(Context ctx) {
        String conversation = Optional.ofNullable(ctx.queryParam("conversation")).map(String::strip)
                .filter(c -> !c.isEmpty() && c.length() <= ChatRoutes.MAX_ID)
                .orElseThrow(() -> ApiException.badRequest("the \"conversation\" query parameter is required"));
        long after = Optional.ofNullable(ctx.queryParam("after")).map(InboxRoutes::seq).orElse(0L);
        ctx.json(Map.of("messages", inbox.after(new ConversationAddress(Platform.WEB, ChatRoutes.WEB_TENANT,
                conversation), after)));
    }

    private static long seq(String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("\"after\" must be the seq of the last message seen");
        }
    }
}
