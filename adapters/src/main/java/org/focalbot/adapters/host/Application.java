package org.focalbot.adapters.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.focalbot.adapters.slack.SlackAdapter;
import org.focalbot.adapters.slack.SlackSettings;
import org.focalbot.adapters.slack.web.Sleeper;
import org.focalbot.adapters.web.ChatRoutes;
import org.focalbot.bot.Assistant;
import org.focalbot.bot.AssistantSettings;
import org.focalbot.bot.delivery.ProactiveSender;
import org.focalbot.bot.store.DataDirectory;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.store.MapDbDocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running assistant: data directory, store, core and HTTP server, started together and stopped
 * in the reverse order (requests drained first, store closed last).
 */
public final class Application implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Application.class);
    public static final String STORE_FILE = "focalbot.db";

    private final DataDirectory dataDir;
    private final DocumentStore store;
    private final HttpMetrics metrics;
    private final HttpServer server;
    private final Assistant assistant;
    private final Optional<SlackAdapter> slack;
    private final AtomicBoolean serving;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private Application(DataDirectory dataDir, DocumentStore store, HttpMetrics metrics, HttpServer server,
                        Assistant assistant, Optional<SlackAdapter> slack, AtomicBoolean serving) {
        this.serving = serving;
        this.slack = slack;
        this.dataDir = dataDir;
        this.store = store;
        this.metrics = metrics;
        this.server = server;
        this.assistant = assistant;
    }

    /** Validates configuration, opens the store, wires everything and starts listening. */
    public static Application start(Env env, Clock clock) {
        ServerConfig config = ServerConfig.from(env);
        Optional<SlackSettings> slackSettings = SlackSettings.from(env);
        DataDirectory dataDir = DataDirectory.lock(config.dataDir());
        DocumentStore store = null;
        Optional<SlackAdapter> slack = Optional.empty();
        try {
            store = MapDbDocumentStore.open(dataDir.resolve(STORE_FILE));
            ObjectMapper mapper = Json.newMapper();
            Assistant assistant = Assistant.create(new AssistantSettings(Optional.of(dataDir.root())), store, mapper, clock);
            HttpMetrics metrics = new HttpMetrics();
            AtomicBoolean serving = new AtomicBoolean();
            List<Routes> routes = new ArrayList<>();
            routes.add(new HealthRoutes(serving::get, metrics));
            routes.add(new ChatRoutes(assistant.bot(), mapper));
            slack = slackSettings.map(s -> SlackAdapter.create(s, SlackAdapter.Core.of(assistant), mapper, clock,
                    SlackAdapter.newWorkerPool(s.workerThreads()), Sleeper.system()));
            slack.ifPresent(s -> routes.add(s.routes()));
            HttpServer server = new HttpServer(config, mapper, metrics, routes, Set.of("/api/messages"));
            Application app = new Application(dataDir, store, metrics, server, assistant, slack, serving);
            server.start();
            serving.set(true);
            return app;
        } catch (RuntimeException e) {
            slack.ifPresent(SlackAdapter::close);
            if (store != null) {
                store.close();
            }
            dataDir.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    public Assistant assistant() {
        return assistant;
    }

    /** Proactive posting to Slack, when Slack is configured. */
    public Optional<ProactiveSender> slackSender() {
        return slack.map(SlackAdapter::sender);
    }

    /** Graceful stop: report DOWN, finish in-flight requests, then close the store and release DATA_DIR. */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        serving.set(false);
        try {
            server.stop();
        } catch (RuntimeException e) {
            log.warn("HTTP server did not stop cleanly: {}", e.getMessage());
        } finally {
            // Answers already acknowledged to Slack finish before the store goes away.
            slack.ifPresent(SlackAdapter::close);
            store.close();
            dataDir.close();
            metrics.close();
        }
    }
}
