package org.focalbot.adapters.slack.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies shaped like the ones Slack sends to {@code /slack/events}, for tests and the
 * load check: Events API envelopes (JSON), slash commands (form) and interactive payloads
 * ({@code payload=} form field holding JSON).
 */
public final class SlackPayloads {

    private final ObjectMapper mapper = new ObjectMapper();
    private final String teamId;
    private final String enterpriseId;

    /** Payloads from one workspace; {@code enterpriseId} may be null. */
    public SlackPayloads(String teamId, String enterpriseId) {
        this.teamId = teamId;
        this.enterpriseId = enterpriseId;
    }

    public String urlVerification(String challenge) {
        return mapper.createObjectNode().put("token", "legacy").put("challenge", challenge)
                .put("type", "url_verification").toString();
    }

    /** An {@code app_mention}; {@code threadTs} null for a top-level message. */
    public String appMention(String eventId, String channel, String user, String text, String ts, String threadTs) {
        ObjectNode event = mapper.createObjectNode().put("type", "app_mention").put("user", user).put("text", text)
                .put("ts", ts).put("channel", channel).put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return envelope(eventId, event);
    }

    /** A {@code message.im}; {@code botId} set makes it a bot's message. */
    public String directMessage(String eventId, String channel, String user, String text, String ts, String botId) {
        ObjectNode event = mapper.createObjectNode().put("type", "message").put("channel_type", "im")
                .put("user", user).put("text", text).put("ts", ts).put("channel", channel).put("event_ts", ts);
        if (botId != null) {
            event.put("bot_id", botId);
        }
        return envelope(eventId, event);
    }

    public String homeOpened(String eventId, String user, String dmChannel) {
        ObjectNode event = mapper.createObjectNode().put("type", "app_home_opened").put("user", user)
                .put("channel", dmChannel).put("tab", "home").put("event_ts", "1700000000.000100");
        return envelope(eventId, event);
    }

    /** A slash command as Slack posts it (form encoded). */
    public String slashCommand(String command, String text, String channel, String user, String userName,
                               String responseUrl) {
        StringBuilder form = new StringBuilder();
        field(form, "token", "legacy");
        field(form, "team_id", teamId);
        if (enterpriseId != null) {
            field(form, "enterprise_id", enterpriseId);
        }
        field(form, "channel_id", channel);
        field(form, "user_id", user);
        field(form, "user_name", userName);
        field(form, "command", command);
        field(form, "text", text);
        field(form, "response_url", responseUrl);
        field(form, "trigger_id", "13345224609.738474920.8088930838d88f008e0");
        field(form, "api_app_id", "A0FAKEAPP");
        return form.toString();
    }

    /** A button click on a message in {@code channel} whose ts is {@code messageTs}. */
    public String buttonOnMessage(String actionId, String channel, String messageTs, String user, String userName,
                                  String responseUrl, boolean ephemeral) {
        ObjectNode p = interactive("block_actions", user, userName, responseUrl);
        ObjectNode container = p.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", channel).put("is_ephemeral", ephemeral);
        p.putObject("channel").put("id", channel).put("name", "partnerships");
        if (!ephemeral) {
            p.putObject("message").put("type", "message").put("ts", messageTs).put("bot_id", "B0FAKEBOT").put("text", "…");
        }
        button(p, actionId);
        return interactiveForm(p);
    }

    /** A button click on the Home tab whose view carries {@code privateMetadata}. */
    public String buttonOnHome(String actionId, String user, String userName, String privateMetadata) {
        ObjectNode p = interactive("block_actions", user, userName, null);
        p.putObject("container").put("type", "view").put("view_id", "V0FAKEVIEW");
        p.putObject("view").put("id", "V0FAKEVIEW").put("type", "home").put("private_metadata", privateMetadata);
        button(p, actionId);
        return interactiveForm(p);
    }

    /** The "Save as partnership note" message shortcut on a message with {@code text}. */
    public String messageShortcut(String callbackId, String channel, String user, String userName, String text,
                                  String responseUrl) {
        ObjectNode p = interactive("message_action", user, userName, responseUrl);
        p.put("callback_id", callbackId).put("message_ts", "1700000000.000200");
        p.putObject("channel").put("id", channel).put("name", "partnerships");
        p.putObject("message").put("type", "message").put("user", "U0AUTHOR").put("text", text)
                .put("ts", "1700000000.000200");
        return interactiveForm(p);
    }

    private ObjectNode interactive(String type, String user, String userName, String responseUrl) {
        ObjectNode p = mapper.createObjectNode().put("type", type).put("token", "legacy")
                .put("trigger_id", "13345224609.738474920.8088930838d88f008e0").put("api_app_id", "A0FAKEAPP")
                .put("action_ts", "1700000001.000300");
        p.putObject("team").put("id", teamId).put("domain", "fake");
        if (enterpriseId != null) {
            p.putObject("enterprise").put("id", enterpriseId).put("name", "Fake enterprise");
        }
        p.putObject("user").put("id", user).put("username", userName).put("name", userName).put("team_id", teamId);
        if (responseUrl != null) {
            p.put("response_url", responseUrl);
        }
        return p;
    }

    private void button(ObjectNode payload, String actionId) {
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "button").put("action_id", actionId).put("block_id", "b1").put("value", actionId)
                .put("action_ts", "1700000001.000300");
        action.putObject("text").put("type", "plain_text").put("text", "Button").put("emoji", true);
    }

    private String envelope(String eventId, ObjectNode event) {
        ObjectNode e = mapper.createObjectNode().put("token", "legacy").put("team_id", teamId)
                .put("api_app_id", "A0FAKEAPP").put("type", "event_callback").put("event_id", eventId)
                .put("event_time", 1_700_000_000);
        if (enterpriseId != null) {
            e.put("enterprise_id", enterpriseId);
        }
        e.set("event", event);
        return e.toString();
    }

    private static String interactiveForm(ObjectNode payload) {
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder form, String name, String value) {
        if (value == null) {
            return;
        }
        if (!form.isEmpty()) {
            form.append('&');
        }
        form.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
