package org.focalbot.adapters.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.focalbot.adapters.host.Routes;
import org.focalbot.adapters.slack.web.RetryPolicy;
import org.focalbot.adapters.slack.web.SlackWebApi;
import org.focalbot.adapters.slack.web.Sleeper;
import org.focalbot.bot.Assistant;
import org.focalbot.bot.Bot;
import org.focalbot.bot.delivery.ProactiveSender;
import org.focalbot.bot.digest.DigestChannel;
import org.focalbot.bot.home.WorkspaceOverview;
import org.focalbot.bot.store.SeenEvents;
import org.focalbot.bot.tenancy.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack integration, wired: a Bolt {@link App} behind {@code POST /slack/events}, the
 * listeners, the worker pool that answers after the acknowledgement, and the proactive sender.
 * Stopping it lets queued answers finish (bounded) before the store underneath is closed.
 */
public final class SlackAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
    /** Interactions waiting for a worker; beyond this Slack is asked to deliver again later. */
    static final int QUEUE_CAPACITY = 10_000;
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);
    /** Slack allows about one message per second per channel. */
    static final Duration CHANNEL_INTERVAL = Duration.ofSeconds(1);

    /** What the adapter needs from the core. */
    public record Core(Bot bot, SeenEvents seenEvents, Workspaces workspaces, WorkspaceOverview overview) {
        public static Core of(Assistant assistant) {
            return new Core(assistant.bot(), assistant.seenEvents(), assistant.workspaces(), assistant.overview());
        }
    }

    private final SlackRoutes routes;
    private final SlackProactiveSender sender;
    private final SlackDigestChannel digestChannel;
    private final TurnDispatcher dispatcher;
    private final Slack boltClient;
    private final ExecutorService executor;

    private SlackAdapter(SlackRoutes routes, SlackProactiveSender sender, SlackDigestChannel digestChannel,
                         TurnDispatcher dispatcher, Slack boltClient, ExecutorService executor) {
        this.routes = routes;
        this.sender = sender;
        this.digestChannel = digestChannel;
        this.dispatcher = dispatcher;
        this.boltClient = boltClient;
        this.executor = executor;
    }

    /** Wires the adapter; {@code executor} runs the answers and is shut down by {@link #close()}. */
    public static SlackAdapter create(SlackSettings settings, Core core, ObjectMapper mapper, Clock clock,
                                      ExecutorService executor, Sleeper sleeper) {
        Slack slack = boltClient(settings.apiUrl());
        SlackWebApi api = new SlackWebApi(settings.apiUrl(), settings.botToken(), mapper, RetryPolicy.DEFAULT, sleeper);
        BlockKit blockKit = new BlockKit(mapper);
        HomeTab home = new HomeTab(core.workspaces(), core.overview(), blockKit, api);
        TurnDispatcher dispatcher = new TurnDispatcher(core.bot(), core.seenEvents(), blockKit, api, home, executor, clock);
        App app = boltApp(settings, slack);
        new SlackHandlers(dispatcher, home).register(app);
        app.start();
        SlackRoutes routes = new SlackRoutes(app, new SignatureVerifier(settings.signingSecret(), clock));
        // One pacer for everything posted outside of a turn, so a digest and other posts to a channel are spaced too.
        ChannelPacer pacer = new ChannelPacer(CHANNEL_INTERVAL, clock, sleeper);
        SlackProactiveSender sender = new SlackProactiveSender(api, blockKit, pacer);
        SlackDigestChannel digestChannel = new SlackDigestChannel(api, new SlackDigestBlocks(mapper), pacer, mapper);
        log.info("Slack adapter enabled at {} (Web API {})", SlackRoutes.PATH, settings.apiUrl());
        return new SlackAdapter(routes, sender, digestChannel, dispatcher, slack, executor);
    }

    /** The Slack SDK client Bolt uses (for {@code auth.test}), pointed at {@code apiUrl}. */
    static Slack boltClient(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        // Stats would start a background thread and call auth.test on their own.
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }

    /**
     * A single-workspace Bolt app. Our own middleware list replaces Bolt's default one so that
     * nothing calls Slack at startup and no bot message triggers a {@code bots.info} lookup while
     * the request waits; bot messages are filtered by the listeners instead.
     */
    static App boltApp(SlackSettings settings, Slack slack) {
        AppConfig config = AppConfig.builder()
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                // Bolt reads SLACK_CLIENT_ID/SECRET from the environment; this app is never the OAuth kind.
                .clientId(null)
                .clientSecret(null)
                .slack(slack)
                .authTestCacheEnabled(true)
                .ignoringSelfEventsEnabled(false)
                // Every subscribed event is acknowledged, handled or not, so Slack never retries one.
                .allEventsApiAutoAckEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                .build();
        List<Middleware> middleware = new ArrayList<>();
        middleware.add(new RequestVerification(new SlackSignature.Verifier(new Utf8SignatureGenerator(settings.signingSecret()))));
        middleware.add(new SingleTeamAuthorization(config, null, null));
        return new App(config, slack, middleware);
    }

    /** A bounded pool of daemon worker threads for {@link #create}. */
    public static ExecutorService newWorkerPool(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "slack-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), factory, new ThreadPoolExecutor.AbortPolicy());
    }

    public Routes routes() {
        return routes;
    }

    /** Posts digests and other messages outside of a turn. */
    public ProactiveSender sender() {
        return sender;
    }

    /** Posts the weekly digest as Block Kit, and tells whether a digest arrived or can be posted at all. */
    public DigestChannel digestChannel() {
        return digestChannel;
    }

    /** Events dropped because they had been handled already (Slack retries). */
    public long redeliveriesDropped() {
        return dispatcher.redeliveries();
    }

    /** Lets queued answers finish (up to {@link #DRAIN_TIMEOUT}), then releases Bolt's Web API client. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Slack answers still running after {} s; stopping them", DRAIN_TIMEOUT.toSeconds());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            try {
                boltClient.close();
            } catch (Exception e) {
                log.warn("Slack SDK client did not close cleanly: {}", e.getMessage());
            }
        }
    }
}
