package org.focalbot.adapters.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.focalbot.adapters.host.Routes;
import org.focalbot.adapters.teams.auth.SigningKeys;
import org.focalbot.adapters.teams.auth.TokenValidator;
import org.focalbot.adapters.teams.cards.AdaptiveCardRenderer;
import org.focalbot.adapters.teams.cards.DigestCardRenderer;
import org.focalbot.adapters.teams.connector.AccessTokens;
import org.focalbot.adapters.teams.connector.ConnectorClient;
import org.focalbot.adapters.teams.connector.RetryPolicy;
import org.focalbot.bot.Assistant;
import org.focalbot.bot.delivery.ProactiveSender;
import org.focalbot.bot.digest.DigestChannel;
import org.focalbot.bot.store.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Microsoft Teams adapter, wired: the {@code /api/messages} endpoint, the Bot Connector client
 * behind it and the proactive sender for digests. Closing it lets pending replies finish.
 */
public final class TeamsAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TeamsAdapter.class);

    static final int WORKER_THREADS = 4;
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    private final MessagesRoutes routes;
    private final TeamsProactiveSender sender;
    private final TeamsDigestChannel digestChannel;
    private final ConversationQueue queue;

    private TeamsAdapter(MessagesRoutes routes, TeamsProactiveSender sender, TeamsDigestChannel digestChannel,
                         ConversationQueue queue) {
        this.routes = routes;
        this.sender = sender;
        this.digestChannel = digestChannel;
        this.queue = queue;
    }

    /**
     * Builds the adapter. {@code http} makes every outbound call (metadata, keys, tokens, connector);
     * {@code retries} governs connector and token retries.
     */
    public static TeamsAdapter create(TeamsConfig config, Assistant assistant, DocumentStore store, ObjectMapper mapper,
                                      HttpClient http, RetryPolicy retries, Clock clock) {
        Optional<TokenValidator> validator = config.appId().map(id -> new TokenValidator(id,
                new SigningKeys(http, config.openIdMetadataUrl(), mapper, clock), clock));
        Optional<AccessTokens> tokens = config.hasCredentials()
                ? Optional.of(new AccessTokens(http, retries, config.tokenUrl(), config.appId().orElseThrow(),
                        config.appPassword().orElseThrow(), mapper, clock))
                : Optional.empty();
        ConnectorClient connector = new ConnectorClient(http, retries, tokens, mapper);
        TeamsOutbox outbox = new TeamsOutbox(connector, new AdaptiveCardRenderer(mapper), mapper);
        ConversationReferences references = new ConversationReferences(store, mapper);
        ConversationQueue queue = new ConversationQueue(WORKER_THREADS, DRAIN_TIMEOUT);
        ActivityHandler handler = new ActivityHandler(assistant.bot(), assistant.workspaces(), references, outbox, queue,
                mapper, clock);
        MessagesRoutes routes = new MessagesRoutes(new RequestAuthenticator(validator, config.allowAnonymous()), handler,
                assistant.seenEvents(), mapper);
        if (config.allowAnonymous()) {
            log.warn("{}=true: {} accepts activities without a Bot Framework token (from loopback service URLs only). "
                    + "Use this for the Bot Framework Emulator, never in production.", TeamsConfig.ALLOW_ANONYMOUS,
                    MessagesRoutes.PATH);
        }
        log.info("Teams adapter enabled on {} (app id {})", MessagesRoutes.PATH, config.appId().orElse("<none>"));
        TeamsDigestChannel digestChannel = new TeamsDigestChannel(references, assistant.workspaces(), outbox,
                new DigestCardRenderer(mapper));
        return new TeamsAdapter(routes, new TeamsProactiveSender(references, assistant.workspaces(), outbox),
                digestChannel, queue);
    }

    public Routes routes() {
        return routes;
    }

    /** Posts to Teams conversations outside of a turn (the weekly digest). */
    public ProactiveSender sender() {
        return sender;
    }

    /** Posts the weekly digest as an Adaptive Card, and tells whether the bot can post in a conversation. */
    public DigestChannel digestChannel() {
        return digestChannel;
    }

    @Override
    public void close() {
        queue.close();
    }
}
