package org.focalbot.adapters.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The Javalin server: body limits, security headers, the optional API token, metrics and the
 * JSON error mapping around whatever {@link Routes} it is given.
 */
public final class HttpServer {

    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** In-flight requests get this long to finish on shutdown. */
    public static final long STOP_TIMEOUT_MS = 10_000;

    private final Javalin app;

    public HttpServer(ServerConfig config, ObjectMapper mapper, HttpMetrics metrics, List<Routes> routes,
                      Set<String> selfAuthenticatedPaths) {
        Optional<ApiTokenGuard> guard = config.apiToken().map(t -> new ApiTokenGuard(t, selfAuthenticatedPaths));
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.insertHandler(new GracefulHandler());
            });
            c.http.maxRequestSize = MAX_BODY_BYTES;
            c.jsonMapper(new JavalinJackson(mapper, false));
            c.requestLogger.http(metrics::record);
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.headers = WebHeaders.STATIC;
            });
            c.routes.before(ctx -> {
                WebHeaders.COMMON.forEach(ctx::header);
                long declared = ctx.req().getContentLengthLong();
                if (declared > MAX_BODY_BYTES) {
                    throw new ApiException(413, "the request body is too large (limit " + MAX_BODY_BYTES / 1024 + " KiB)");
                }
            });
            guard.ifPresent(g -> {
                c.routes.before("/api/*", g::check);
                c.routes.before("/model/*", g::check);
            });
            new ErrorResponses().register(c.routes);
            routes.forEach(r -> r.register(c.routes));
        });
    }

    public HttpServer start() {
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Stops accepting requests, lets in-flight ones finish (up to {@link #STOP_TIMEOUT_MS}), then returns. */
    public void stop() {
        app.stop();
    }

    /** For tests that need to exercise the handler chain without a socket. */
    Javalin javalin() {
        return app;
    }

}
