package org.focalbot.adapters.host;

import io.javalin.config.RoutesConfig;

/** A group of HTTP endpoints (health, chat API, Slack, Teams, …) that registers itself on the server. */
@FunctionalInterface
public interface Routes {
    void register(RoutesConfig routes);
}
