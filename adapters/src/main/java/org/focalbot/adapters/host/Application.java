package org.focalbot.adapters.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.focalbot.adapters.web.ChatRoutes;
import org.focalbot.adapters.web.PartnershipRoutes;
import org.focalbot.adapters.web.WorkspaceAdminRoutes;
import org.focalbot.bot.Assistant;
import org.focalbot.bot.AssistantSettings;
import org.focalbot.bot.store.DataDirectory;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.store.MapDbDocumentStore;
import org.focalbot.bot.tenancy.LinkedWorkspaces;
import org.focalbot.bot.tenancy.WorkspaceLinksFile;
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
    private final AtomicBoolean serving;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private Application(DataDirectory dataDir, DocumentStore store, HttpMetrics metrics, HttpServer server,
                        Assistant assistant, AtomicBoolean serving) {
        this.serving = serving;
        this.dataDir = dataDir;
        this.store = store;
        this.metrics = metrics;
        this.server = server;
        this.assistant = assistant;
    }

    /** Validates configuration, opens the store, wires everything and starts listening. */
    public static Application start(Env env, Clock clock) {
        ServerConfig config = ServerConfig.from(env);
        DataDirectory dataDir = DataDirectory.lock(config.dataDir());
        DocumentStore store = null;
        try {
            store = MapDbDocumentStore.open(dataDir.resolve(STORE_FILE));
            ObjectMapper mapper = Json.newMapper();
            Assistant assistant = Assistant.create(new AssistantSettings(Optional.of(dataDir.root())), store, mapper, clock);
            declareWorkspaceLinks(env, assistant, mapper, clock);
            HttpMetrics metrics = new HttpMetrics();
            AtomicBoolean serving = new AtomicBoolean();
            List<Routes> routes = new ArrayList<>();
            routes.add(new HealthRoutes(serving::get, metrics));
            routes.add(new ChatRoutes(assistant.bot(), mapper));
            routes.add(new PartnershipRoutes(assistant.notes(), assistant.workspaces(), mapper, clock));
            routes.add(new WorkspaceAdminRoutes(assistant.workspaces(), assistant.notes(), mapper));
            HttpServer server = new HttpServer(config, mapper, metrics, routes, Set.of("/api/messages"));
            Application app = new Application(dataDir, store, metrics, server, assistant, serving);
            server.start();
            serving.set(true);
            assistant.startBackgroundWork();
            return app;
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            dataDir.close();
            throw e;
        }
    }

    /** Applies WORKSPACE_LINKS_FILE, when set: the operator's declared links between Slack and Teams tenants. */
    private static void declareWorkspaceLinks(Env env, Assistant assistant, ObjectMapper mapper, Clock clock) {
        Optional<String> file = env.get("WORKSPACE_LINKS_FILE");
        if (file.isEmpty()) {
            return;
        }
        try {
            assistant.workspaces().declare(WorkspaceLinksFile.read(java.nio.file.Path.of(file.get()), mapper, clock.instant()));
        } catch (IllegalArgumentException | LinkedWorkspaces.LinkConflict e) {
            throw new ConfigException("WORKSPACE_LINKS_FILE: " + e.getMessage());
        }
    }

    public int port() {
        return server.port();
    }

    public Assistant assistant() {
        return assistant;
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
            store.close();
            dataDir.close();
            metrics.close();
        }
    }
}
