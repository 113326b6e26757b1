package org.focalbot.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.focalbot.adapters.host.ApiException;
import org.focalbot.adapters.teams.cards.AdaptiveCardRenderer;
import org.focalbot.adapters.teams.connector.ConnectorException;
import org.focalbot.bot.Bot;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.Turn;
import org.focalbot.bot.tenancy.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each kind of authenticated activity means for the assistant. Messages and card clicks
 * become {@link Turn}s; conversation and installation updates keep the stored conversation
 * references current and greet a conversation the bot was just added to. The HTTP answer is
 * decided here at once; the turn, the store writes and the replies run later on the
 * {@link ConversationQueue}.
 */
final class ActivityHandler {

    private static final Logger log = LoggerFactory.getLogger(ActivityHandler.class);

    static final String ADAPTIVE_CARD_ACTION = "adaptiveCard/action";
    /** The neutral action the core answers with its greeting. */
    static final String WELCOME_ACTION = "welcome";
    static final int MAX_ACTION = 500;

    /** The synchronous HTTP answer to an activity: a status and, for invokes, a body. */
    record Answer(int status, JsonNode body) {
        static Answer accepted() {
            return new Answer(202, null);
        }
    }

    private final Bot bot;
    private final Workspaces workspaces;
    private final ConversationReferences references;
    private final TeamsOutbox outbox;
    private final ConversationQueue queue;
    private final ObjectMapper mapper;
    private final Clock clock;

    ActivityHandler(Bot bot, Workspaces workspaces, ConversationReferences references, TeamsOutbox outbox,
                    ConversationQueue queue, ObjectMapper mapper, Clock clock) {
        this.bot = bot;
        this.workspaces = workspaces;
        this.references = references;
        this.outbox = outbox;
        this.queue = queue;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Answers an authenticated activity; work is queued only on its first delivery, so a redelivered
     * activity gets the same answer and changes nothing.
     */
    Answer handle(InboundActivity a, boolean firstDelivery) {
        String tenant = a.tenantId().orElse(a.channelId());
        return switch (a.type()) {
            case "message" -> {
                Optional<Turn> turn = messageTurn(a, tenant);
                if (firstDelivery) {
                    queue.submit(a.conversationId(), () -> {
                        remember(a, tenant);
                        turn.ifPresent(t -> respond(a, t));
                    });
                }
                yield Answer.accepted();
            }
            case "invoke" -> invoke(a, tenant, firstDelivery);
            case "conversationUpdate", "installationUpdate" -> {
                if (firstDelivery) {
                    queue.submit(a.conversationId(), () -> membership(a, tenant));
                }
                yield Answer.accepted();
            }
            // typing, reactions, endOfConversation, …: nothing for the assistant to do
            default -> Answer.accepted();
        };
    }

    /** A typed message (bot mention removed) or an Action.Submit click; empty when there is nothing to answer. */
    private Optional<Turn> messageTurn(InboundActivity a, String tenant) {
        Optional<String> action = actionId(a.value());
        if (action.isPresent()) {
            return Optional.of(Turn.action(Platform.TEAMS, tenant, a.conversationId(), user(a), a.from().name(),
                    action.get()));
        }
        String text = Mentions.strip(a);
        return text.isEmpty() ? Optional.empty()
                : Optional.of(Turn.text(Platform.TEAMS, tenant, a.conversationId(), user(a), a.from().name(), text));
    }

    /** Universal Actions ({@code Action.Execute}) clicks arrive as an {@code adaptiveCard/action} invoke. */
    private Answer invoke(InboundActivity a, String tenant, boolean firstDelivery) {
        if (!ADAPTIVE_CARD_ACTION.equals(a.name())) {
            ObjectNode error = mapper.createObjectNode().put("error", "invoke \"" + a.name() + "\" is not supported");
            return new Answer(501, error);
        }
        JsonNode action = a.value().path("action");
        Optional<String> id = actionId(action.path("data"));
        if (id.isEmpty()) {
            ObjectNode body = mapper.createObjectNode().put("statusCode", 400).put("type", "application/vnd.microsoft.error");
            body.putObject("value").put("code", "BadRequest").put("message", "the card action carries no action id");
            return new Answer(200, body);
        }
        if (firstDelivery) {
            Turn turn = Turn.action(Platform.TEAMS, tenant, a.conversationId(), user(a), a.from().name(), id.get());
            queue.submit(a.conversationId(), () -> {
                remember(a, tenant);
                respond(a, turn);
            });
        }
        ObjectNode body = mapper.createObjectNode().put("statusCode", 200)
                .put("type", "application/vnd.microsoft.activity.message").put("value", "Got it.");
        return new Answer(200, body);
    }

    private void membership(InboundActivity a, String tenant) {
        String workspace = workspaces.workspaceOf(Platform.TEAMS, tenant);
        boolean removed = a.type().equals("installationUpdate") ? a.action().equals("remove") : a.removesBot();
        if (removed) {
            references.forget(workspace, a.conversationId());
            return;
        }
        boolean added = a.type().equals("installationUpdate") ? a.action().equals("add") : a.addsBot();
        boolean isNew = references.remember(workspace, ConversationReference.of(a, tenant, clock.instant()));
        // Teams announces an installation twice (conversationUpdate and installationUpdate): greet once.
        if (added && isNew && !a.from().id().isEmpty()) {
            respond(a, Turn.action(Platform.TEAMS, tenant, a.conversationId(), user(a), a.from().name(), WELCOME_ACTION));
        }
    }

    private void remember(InboundActivity a, String tenant) {
        references.remember(workspaces.workspaceOf(Platform.TEAMS, tenant),
                ConversationReference.of(a, tenant, clock.instant()));
    }

    private void respond(InboundActivity a, Turn turn) {
        List<Reply> replies = bot.handle(turn).replies();
        try {
            outbox.answer(a, replies);
        } catch (ConnectorException e) {
            log.warn("could not answer in Teams conversation {}: {}", a.conversationId(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The neutral action id a card submit carried, if it is one of ours. */
    private static Optional<String> actionId(JsonNode data) {
        JsonNode id = data.path(AdaptiveCardRenderer.ACTION_KEY);
        if (!id.isTextual() || id.asText().isBlank()) {
            return Optional.empty();
        }
        if (id.asText().length() > MAX_ACTION) {
            throw ApiException.badRequest("the card action id is longer than " + MAX_ACTION + " characters");
        }
        return Optional.of(id.asText());
    }

    /** Microsoft Entra object id when Teams gives one: stable across the user's chats and channels. */
    private static String user(InboundActivity a) {
        String user = a.from().aadObjectId().orElse(a.from().id());
        if (user.isBlank()) {
            throw ApiException.badRequest("the activity has no \"from.id\"");
        }
        return user;
    }
}
