package org.focalbot.adapters.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.regex.Pattern;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Turn;

/**
 * The Bolt listeners: each maps one kind of Slack input to a neutral {@link Turn} and a
 * {@link ReplyTarget}, hands both to the {@link TurnDispatcher} and acknowledges at once.
 *
 * <p>Conversation = the channel id (DM, channel or group), threads included: the answer goes
 * back into the thread a message came from, while dialogue state stays per channel, so "here"
 * (a digest subscription) always names a channel Slack can post to. Tenant = the enterprise id
 * when Slack sends one, else the team id.
 */
final class SlackHandlers {

    static final String COMMAND = "/focal";
    static final String SAVE_NOTE_SHORTCUT = "save_partnership_note";
    static final String NOTE_PREFIX = "note: ";

    private final TurnDispatcher dispatcher;
    private final HomeTab home;

    SlackHandlers(TurnDispatcher dispatcher, HomeTab home) {
        this.dispatcher = dispatcher;
        this.home = home;
    }

    void register(App app) {
        app.event(AppMentionEvent.class, this::onMention);
        app.event(MessageEvent.class, this::onDirectMessage);
        app.event(AppHomeOpenedEvent.class, this::onHomeOpened);
        app.command(COMMAND, (req, ctx) -> onCommand(req.getPayload(), ctx));
        app.blockAction(Pattern.compile(".+"), (req, ctx) -> onButton(req.getPayload(), ctx));
        app.messageShortcut(SAVE_NOTE_SHORTCUT, (req, ctx) -> onSaveNote(req.getPayload(), ctx));
    }

    private Response onMention(EventsApiPayload<AppMentionEvent> payload, Context ctx) {
        AppMentionEvent e = payload.getEvent();
        // A mention inside a DM also arrives as message.im, which answers it.
        if (fromBot(e.getBotId(), e.getUser(), ctx) || e.getChannel() == null || e.getChannel().startsWith("D")) {
            return ctx.ack();
        }
        Turn turn = Turn.text(Platform.SLACK, tenant(payload.getEnterpriseId(), payload.getTeamId()), e.getChannel(),
                e.getUser(), displayName(e.getUserProfile()), typed(e.getText(), ctx.getBotUserId()));
        return accepted(dispatcher.answer(payload.getEventId(), turn, new ReplyTarget.Post(e.getChannel(), e.getThreadTs())), ctx);
    }

    /** The name Slack sometimes sends along with a mention; null (the user id is used) when it does not. */
    static String displayName(AppMentionEvent.UserProfile profile) {
        if (profile == null) {
            return null;
        }
        for (String name : new String[]{profile.getRealName(), profile.getDisplayName(), profile.getName()}) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return null;
    }

    private Response onDirectMessage(EventsApiPayload<MessageEvent> payload, Context ctx) {
        MessageEvent e = payload.getEvent();
        boolean direct = "im".equals(e.getChannelType()) || (e.getChannel() != null && e.getChannel().startsWith("D"));
        if (!direct || fromBot(e.getBotId(), e.getUser(), ctx)) {
            return ctx.ack();
        }
        Turn turn = Turn.text(Platform.SLACK, tenant(payload.getEnterpriseId(), payload.getTeamId()), e.getChannel(),
                e.getUser(), null, typed(e.getText(), ctx.getBotUserId()));
        return accepted(dispatcher.answer(payload.getEventId(), turn, new ReplyTarget.Post(e.getChannel(), e.getThreadTs())), ctx);
    }

    private Response onHomeOpened(EventsApiPayload<AppHomeOpenedEvent> payload, Context ctx) {
        AppHomeOpenedEvent e = payload.getEvent();
        if (!"home".equals(e.getTab()) || e.getUser() == null) {
            return ctx.ack();
        }
        String tenant = tenant(payload.getEnterpriseId(), payload.getTeamId());
        String dm = e.getChannel() == null ? e.getUser() : e.getChannel();
        return accepted(dispatcher.run(payload.getEventId(), () -> home.publish(tenant, e.getUser(), dm)), ctx);
    }

    private Response onCommand(SlashCommandPayload p, Context ctx) {
        String text = SlashCommandText.toTurnText(SlackText.toPlain(p.getText()));
        Turn turn = Turn.text(Platform.SLACK, tenant(p.getEnterpriseId(), p.getTeamId()), p.getChannelId(),
                p.getUserId(), p.getUserName(), text);
        return accepted(dispatcher.answer(null, turn, new ReplyTarget.Respond(p.getResponseUrl(), p.getChannelId(), false)), ctx);
    }

    private Response onButton(BlockActionPayload p, Context ctx) {
        if (p.getActions() == null || p.getActions().isEmpty() || p.getUser() == null) {
            return ctx.ack();
        }
        String tenant = tenant(p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                p.getTeam() == null ? ctx.getTeamId() : p.getTeam().getId());
        String user = p.getUser().getId();
        String userName = p.getUser().getName() != null ? p.getUser().getName() : p.getUser().getUsername();
        String actionId = p.getActions().get(0).getActionId();
        BlockActionPayload.Container c = p.getContainer();
        String channel = p.getChannel() != null ? p.getChannel().getId() : c == null ? null : c.getChannelId();

        ReplyTarget target;
        if (c != null && "view".equals(c.getType())) {
            String metadata = p.getView() == null ? null : p.getView().getPrivateMetadata();
            channel = metadata == null || metadata.isBlank() ? user : metadata;
            target = new ReplyTarget.Home(tenant, user, channel);
        } else if (channel == null) {
            return ctx.ack();
        } else if (c != null && c.isEphemeral()) {
            target = new ReplyTarget.Respond(p.getResponseUrl(), channel, true);
        } else {
            String ts = c != null && c.getMessageTs() != null ? c.getMessageTs()
                    : p.getMessage() == null ? null : p.getMessage().getTs();
            String threadTs = c != null && c.getThreadTs() != null ? c.getThreadTs()
                    : p.getMessage() == null ? null : p.getMessage().getThreadTs();
            target = ts == null ? new ReplyTarget.Post(channel, threadTs) : new ReplyTarget.Update(channel, ts, threadTs);
        }
        Turn turn = Turn.action(Platform.SLACK, tenant, channel, user, userName, actionId);
        return accepted(dispatcher.answer(null, turn, target), ctx);
    }

    private Response onSaveNote(MessageShortcutPayload p, Context ctx) {
        if (p.getUser() == null || p.getChannel() == null) {
            return ctx.ack();
        }
        String channel = p.getChannel().getId();
        ReplyTarget target = new ReplyTarget.Respond(p.getResponseUrl(), channel, false);
        String text = SlackText.toPlain(p.getMessage() == null ? null : p.getMessage().getText()).strip();
        if (text.isEmpty()) {
            return accepted(dispatcher.tell(target, "That message has no text I can save as a note."), ctx);
        }
        String tenant = tenant(p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                p.getTeam() == null ? ctx.getTeamId() : p.getTeam().getId());
        Turn turn = Turn.text(Platform.SLACK, tenant, channel, p.getUser().getId(), p.getUser().getName(),
                NOTE_PREFIX + text);
        return accepted(dispatcher.answer(null, turn, target), ctx);
    }

    /** The text a person typed, as plain text without the bot's mention; a bare mention asks for help. */
    static String typed(String slackText, String botUserId) {
        String text = SlackText.toPlain(SlackText.stripMention(slackText, botUserId)).strip();
        return text.isEmpty() ? "help" : text;
    }

    /** Messages by this app's bot user or by any other bot are never answered. */
    static boolean fromBot(String botId, String user, Context ctx) {
        return botId != null || user == null || user.equals(ctx.getBotUserId());
    }

    static String tenant(String enterpriseId, String teamId) {
        if (enterpriseId != null && !enterpriseId.isBlank()) {
            return enterpriseId;
        }
        if (teamId == null || teamId.isBlank()) {
            throw new IllegalArgumentException("a Slack payload without a team id");
        }
        return teamId;
    }

    /** 200 once the work is queued; 503 asks Slack to deliver again when the queue is full. */
    private static Response accepted(boolean queued, Context ctx) {
        return queued ? ctx.ack() : Response.builder().statusCode(503).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body("{\"error\":\"busy, try again shortly\"}").build();
    }
}
