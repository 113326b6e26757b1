package org.focalbot.adapters.host;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** {@code GET /health} (UP while serving, DOWN once shutdown began) and {@code GET /metrics}. */
public final class HealthRoutes implements Routes {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final BooleanSupplier up;
    private final HttpMetrics metrics;

    public HealthRoutes(BooleanSupplier up, HttpMetrics metrics) {
        this.up = up;
        this.metrics = metrics;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> {
            boolean serving = up.getAsBoolean();
            ctx.status(serving ? 200 : 503).json(Map.of("status", serving ? "UP" : "DOWN"));
        });
        routes.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(metrics.scrape()));
    }
}
