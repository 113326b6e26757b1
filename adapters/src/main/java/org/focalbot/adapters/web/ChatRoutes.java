package org.focalbot.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import org.focalbot.adapters.host.ApiException;
import org.focalbot.adapters.host.JsonBody;
import org.focalbot.adapters.host.Routes;
import org.focalbot.bot.Bot;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Turn;

/**
 * {@code POST /api/chat}: the web chat's (and any script's) way to talk to the assistant. The web
 * chat is one workspace, {@code local}.
 */
public final class ChatRoutes implements Routes {

    public static final String WEB_TENANT = "local";
    static final int MAX_ID = 200;
    static final int MAX_TEXT = 10_000;
    static final int MAX_ACTION = 500;

    private final Bot bot;
    private final ObjectMapper mapper;

    public ChatRoutes(Bot bot, ObjectMapper mapper) {
        this.bot = bot;
        this.mapper = mapper;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/chat", ctx -> ctx.json(bot.handle(turnOf(JsonBody.of(ctx, mapper)))));
    }

    static Turn turnOf(JsonBody body) {
        String user = body.requiredString("user", MAX_ID);
        String conversation = body.requiredString("conversation", MAX_ID);
        String userName = body.optionalString("userName", MAX_ID).orElse(user);
        var text = body.optionalString("text", MAX_TEXT);
        var action = body.optionalString("action", MAX_ACTION);
        if (text.isPresent() == action.isPresent()) {
            throw ApiException.badRequest(text.isPresent()
                    ? "send either \"text\" or \"action\", not both"
                    : "\"text\" (a message) or \"action\" (a button id) is required");
        }
        return text.isPresent()
                ? Turn.text(Platform.WEB, WEB_TENANT, conversation, user, userName, text.get())
                : Turn.action(Platform.WEB, WEB_TENANT, conversation, user, userName, action.get());
    }
}
