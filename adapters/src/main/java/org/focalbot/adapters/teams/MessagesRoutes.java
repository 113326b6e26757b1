package org.focalbot.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import org.focalbot.adapters.host.ApiException;
import org.focalbot.adapters.host.JsonBody;
import org.focalbot.adapters.host.Routes;
import org.focalbot.adapters.teams.auth.AuthenticationException;
import org.focalbot.adapters.teams.auth.SigningKeys;
import org.focalbot.bot.store.Keys;
import org.focalbot.bot.store.SeenEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}, the Bot Framework messaging endpoint: authenticate the activity,
 * drop redeliveries, and answer at once ({@code 202}, or the invoke response); the assistant's
 * replies follow asynchronously through the Bot Connector.
 */
final class MessagesRoutes implements Routes {

    private static final Logger log = LoggerFactory.getLogger(MessagesRoutes.class);

    static final String PATH = "/api/messages";
    static final String SEEN_NAMESPACE = "teams";
    /** Bot Framework redeliveries come within minutes; a day leaves a wide margin. */
    static final Duration REMEMBER_DELIVERIES = Duration.ofHours(24);

    private final RequestAuthenticator authenticator;
    private final ActivityHandler handler;
    private final SeenEvents seen;
    private final ObjectMapper mapper;

    MessagesRoutes(RequestAuthenticator authenticator, ActivityHandler handler, SeenEvents seen, ObjectMapper mapper) {
        this.authenticator = authenticator;
        this.handler = handler;
        this.seen = seen;
        this.mapper = mapper;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::receive);
    }

    private void receive(Context ctx) {
        String authorization = ctx.header("Authorization");
        if ((authorization == null || authorization.isBlank()) && !authenticator.allowsAnonymous()) {
            // Refused before the body is even read.
            throw refused(ctx, AuthenticationException.unauthorized(
                    "a Bot Framework token is required (Authorization: Bearer …)"));
        }
        JsonNode body = JsonBody.of(ctx, mapper).node();
        try {
            authenticator.authenticate(authorization, text(body, "channelId"), text(body, "serviceUrl"));
        } catch (AuthenticationException e) {
            throw refused(ctx, e);
        } catch (SigningKeys.UnavailableException e) {
            log.warn("cannot check a Teams activity: {}", e.getMessage());
            ctx.header("Retry-After", "60");
            throw new ApiException(503, "the bot cannot verify Bot Framework tokens right now; try again later");
        }
        InboundActivity activity = InboundActivity.parse(body);
        boolean first = activity.id().isEmpty()
                || seen.firstDelivery(SEEN_NAMESPACE, Keys.of(activity.conversationId(), activity.id()), REMEMBER_DELIVERIES);
        if (!first) {
            log.debug("ignoring a redelivered Teams activity {}", activity.id());
        }
        ActivityHandler.Answer answer = handler.handle(activity, first);
        ctx.status(answer.status());
        if (answer.body() != null) {
            ctx.json(answer.body());
        }
    }

    private static ApiException refused(Context ctx, AuthenticationException e) {
        log.info("refused a request to {}: {}", PATH, e.getMessage());
        if (e.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"botframework\"");
        }
        return new ApiException(e.status(), e.getMessage());
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
