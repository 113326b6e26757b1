package org.focalbot.adapters.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.focalbot.adapters.slack.SlackAdapter;
import org.focalbot.adapters.slack.SlackSettings;
import org.focalbot.adapters.slack.web.Sleeper;
import org.focalbot.adapters.teams.TeamsAdapter;
import org.focalbot.adapters.teams.TeamsConfig;
import org.focalbot.adapters.teams.connector.RetryPolicy;
import org.focalbot.adapters.web.WebApi;
import org.focalbot.bot.Assistant;
import org.focalbot.bot.AssistantSettings;
import org.focalbot.bot.delivery.ProactiveSender;
import org.focalbot.bot.store.DataDirectory;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.Json;
import org.focalbot.bot.store.MapDbDocumentStore;
import org.focalbot.bot.tenancy.LinkedWorkspaces;
import org.focalbot.bot.tenancy.WorkspaceLinksFile;
import org.focalbot.knowledge.corpus.CorpusException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running assistant: data directory, store, core and HTTP server, started together and stopped
 * in the reverse order (requests drained first, platform integrations next, store closed last).
 */
public final class Application implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Application.class);
    public static final String STORE_FILE = "focalbot.db";
    public static final String LINKS_VARIABLE = "WORKSPACE_LINKS_FILE";
    /** How often the digest scheduler looks for due digests. */
    static final Duration DIGEST_TICK = Duration.ofSeconds(30);

    private final DataDirectory dataDir;
    private final DocumentStore store;
    private final HttpMetrics metrics;
    private final HttpServer server;
    private final Assistant assistant;
    private final AtomicBoolean serving;
    /** Platform integrations with background work; closed after the server stops, before the store. */
    private final List<AutoCloseable> integrations;
    private final List<ProactiveSender> senders;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private Application(DataDirectory dataDir, DocumentStore store, HttpMetrics metrics, HttpServer server,
                        Assistant assistant, AtomicBoolean serving, List<AutoCloseable> integrations,
                        List<ProactiveSender> senders) {
        this.dataDir = dataDir;
        this.store = store;
        this.metrics = metrics;
        this.server = server;
        this.assistant = assistant;
        this.serving = serving;
        this.integrations = List.copyOf(integrations);
        this.senders = List.copyOf(senders);
    }

    /** Validates configuration, opens the store, wires everything and starts listening. */
    public static Application start(Env env, Clock clock) {
        ServerConfig config = ServerConfig.from(env);
        Optional<Path> knowledgeDir = KnowledgeSettings.knowledgeDir(env);
        ZoneId timeZone = TimeZoneSetting.from(env);
        Optional<Path> linksFile = env.get(LINKS_VARIABLE).map(Path::of);
        Optional<SlackSettings> slackSettings = SlackSettings.from(env);
        Optional<TeamsConfig> teamsConfig = TeamsConfig.from(env, config);
        DataDirectory dataDir = DataDirectory.lock(config.dataDir());
        DocumentStore store = null;
        List<AutoCloseable> integrations = new ArrayList<>();
        try {
            store = MapDbDocumentStore.open(dataDir.resolve(STORE_FILE));
            ObjectMapper mapper = Json.newMapper();
            Assistant assistant = createAssistant(new AssistantSettings(Optional.of(dataDir.root()), knowledgeDir,
                    timeZone), store, mapper, clock);
            linksFile.ifPresent(file -> declareWorkspaceLinks(file, assistant, mapper, clock));
            HttpMetrics metrics = new HttpMetrics();
            AtomicBoolean serving = new AtomicBoolean();
            List<Routes> routes = new ArrayList<>();
            routes.add(new HealthRoutes(serving::get, metrics));
            routes.addAll(WebApi.routes(assistant, mapper, clock));
            List<ProactiveSender> senders = new ArrayList<>();
            if (slackSettings.isPresent()) {
                SlackAdapter slack = SlackAdapter.create(slackSettings.get(), SlackAdapter.Core.of(assistant), mapper,
                        clock, SlackAdapter.newWorkerPool(slackSettings.get().workerThreads()), Sleeper.system());
                // Answers already acknowledged to Slack finish before the store goes away.
                integrations.add(slack);
                routes.add(slack.routes());
                senders.add(slack.sender());
                assistant.digests().channels().register(slack.digestChannel());
            }
            if (teamsConfig.isPresent()) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                TeamsAdapter teams = TeamsAdapter.create(teamsConfig.get(), assistant, store, mapper, http,
                        RetryPolicy.standard(clock), clock);
                integrations.add(teams);
                routes.add(teams.routes());
                senders.add(teams.sender());
                assistant.digests().channels().register(teams.digestChannel());
            }
            // The ticker closes first on shutdown: a digest being sent finishes before its platform adapter stops.
            integrations.add(0, new DigestTicker(assistant.digests().scheduler(schedulerOwner()), DIGEST_TICK).start());
            HttpServer server = new HttpServer(config, mapper, metrics, routes, Set.of("/api/messages"));
            Application app = new Application(dataDir, store, metrics, server, assistant, serving, integrations, senders);
            server.start();
            serving.set(true);
            assistant.startBackgroundWork();
            return app;
        } catch (RuntimeException e) {
            closeAll(integrations);
            if (store != null) {
                store.close();
            }
            dataDir.close();
            throw e;
        }
    }

    /** Names this process in digest delivery claims. */
    private static String schedulerOwner() {
        return "pid-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Assistant createAssistant(AssistantSettings settings, DocumentStore store, ObjectMapper mapper,
                                             Clock clock) {
        try {
            return Assistant.create(settings, store, mapper, clock);
        } catch (CorpusException e) {
            throw new ConfigException(KnowledgeSettings.VARIABLE + " has guidance that cannot be loaded: " + e.getMessage());
        }
    }

    /** Applies the operator's declared links between Slack and Teams tenants of one organisation. */
    private static void declareWorkspaceLinks(Path file, Assistant assistant, ObjectMapper mapper, Clock clock) {
        try {
            assistant.workspaces().declare(WorkspaceLinksFile.read(file, mapper, clock.instant()));
        } catch (IllegalArgumentException | LinkedWorkspaces.LinkConflict e) {
            throw new ConfigException(LINKS_VARIABLE + ": " + e.getMessage());
        }
    }

    public int port() {
        return server.port();
    }

    public Assistant assistant() {
        return assistant;
    }

    /** The open store, for operational commands and tests. */
    public DocumentStore store() {
        return store;
    }

    /** One proactive sender per enabled platform, for features that post outside of a turn (digests). */
    public List<ProactiveSender> proactiveSenders() {
        return senders;
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
            closeAll(integrations);
            store.close();
            dataDir.close();
            metrics.close();
        }
    }

    private static void closeAll(List<AutoCloseable> closeables) {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                log.warn("{} did not stop cleanly: {}", c.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
