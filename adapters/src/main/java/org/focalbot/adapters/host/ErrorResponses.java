package org.focalbot.adapters.host;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a JSON {@code {"error": "..."}} answer: typed API errors and Javalin's own
 * HTTP errors keep their status and message; anything unexpected is logged once with a reference
 * and answered with a generic 500 that reveals nothing about the internals.
 */
public final class ErrorResponses implements Routes {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    @Override
    public void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), describe(e, ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("unhandled error on {} {} (ref {})", ctx.method(), ctx.path(), ref, e);
            answer(ctx, 500, "internal error (ref " + ref + ")");
        });
    }

    private static String describe(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path();
            case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
            case 413 -> "the request body is too large (limit " + HttpServer.MAX_BODY_BYTES / 1024 + " KiB)";
            default -> e.getMessage();
        };
    }

    static void answer(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }
}
