package org.focalbot.adapters.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The channels behind {@link FakeSlackApi}: what each looks like to the bot and the messages in
 * it, so {@code chat.postMessage} can be refused the way Slack refuses it and
 * {@code conversations.info} and {@code conversations.history} can be answered.
 */
public final class FakeSlackChannels {

    /** How a channel looks to the bot. Channels never set up are ones it is a member of. */
    public enum State {
        MEMBER, NOT_MEMBER, ARCHIVED, NOT_FOUND
    }

    /**
     * A message in a channel: posted through {@code chat.postMessage} or added by a test.
     *
     * @param metadata the message metadata ({@code event_type}, {@code event_payload}), or null
     */
    public record Message(String ts, String threadTs, String text, String blocks, JsonNode metadata, boolean fromBot) {
    }

    private record Channel(String name, State state) {
    }

    private final ObjectMapper mapper;
    private final Map<String, Channel> channels = new HashMap<>();
    private final Map<String, List<Message>> messages = new HashMap<>();
    private long lastTs = 1_700_000_000_000_000L;
    private Clock clock;

    FakeSlackChannels(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    synchronized void define(String channel, String name, State state) {
        channels.put(channel, new Channel(name, state));
    }

    synchronized void stampWith(Clock clock) {
        this.clock = clock;
    }

    synchronized String add(String channel, String text) {
        String ts = nextTs();
        messages.computeIfAbsent(channel, c -> new ArrayList<>()).add(new Message(ts, null, text, null, null, false));
        return ts;
    }

    synchronized List<Message> messages(String channel) {
        return List.copyOf(messages.getOrDefault(channel, List.of()));
    }

    /** {@code chat.postMessage}: refused in channels the bot cannot post to, recorded with its metadata otherwise. */
    synchronized ObjectNode post(Map<String, String> params, ObjectNode ok) {
        String id = params.getOrDefault("channel", "");
        String refused = switch (channelOf(id).state()) {
            case MEMBER -> null;
            case NOT_MEMBER -> "not_in_channel";
            case ARCHIVED -> "is_archived";
            case NOT_FOUND -> "channel_not_found";
        };
        if (refused != null) {
            return error(refused);
        }
        JsonNode metadata = null;
        if (params.containsKey("metadata")) {
            metadata = parse(params.get("metadata"));
            if (metadata == null || !metadata.path("event_type").isTextual() || !metadata.path("event_payload").isObject()) {
                return error("invalid_metadata_format");
            }
        }
        String ts = nextTs();
        String text = params.getOrDefault("text", "");
        messages.computeIfAbsent(id, c -> new ArrayList<>())
                .add(new Message(ts, params.get("thread_ts"), text, params.get("blocks"), metadata, true));
        ok.put("channel", id).put("ts", ts);
        ObjectNode message = ok.putObject("message").put("type", "message").put("ts", ts).put("bot_id", "B0FAKEBOT")
                .put("text", text);
        if (metadata != null) {
            message.set("metadata", metadata);
        }
        return ok;
    }

    /** {@code conversations.info}: name, membership and whether it is archived. */
    synchronized ObjectNode info(Map<String, String> params, ObjectNode ok) {
        String id = params.getOrDefault("channel", "");
        Channel channel = channelOf(id);
        if (channel.state() == State.NOT_FOUND) {
            return error("channel_not_found");
        }
        ok.putObject("channel").put("id", id).put("name", channel.name()).put("is_channel", true).put("is_im", false)
                .put("is_archived", channel.state() == State.ARCHIVED)
                .put("is_member", channel.state() == State.MEMBER);
        return ok;
    }

    /**
     * {@code conversations.history}: top-level messages after {@code oldest} (exclusive, as Slack by
     * default), newest first, {@code limit} per page; the cursor is the position in that list.
     * Metadata only with {@code include_all_metadata}.
     */
    synchronized ObjectNode history(Map<String, String> params, ObjectNode ok) {
        String id = params.getOrDefault("channel", "");
        State state = channelOf(id).state();
        if (state == State.NOT_FOUND) {
            return error("channel_not_found");
        }
        if (state == State.NOT_MEMBER) {
            return error("not_in_channel");
        }
        long oldest = micros(params.getOrDefault("oldest", "0"));
        int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
        int from = params.containsKey("cursor") ? Integer.parseInt(params.get("cursor")) : 0;
        boolean withMetadata = "true".equals(params.get("include_all_metadata"));
        List<Message> newestFirst = new ArrayList<>(messages.getOrDefault(id, List.of()));
        newestFirst.removeIf(m -> m.threadTs() != null || micros(m.ts()) <= oldest);
        Collections.reverse(newestFirst);
        int to = Math.min(newestFirst.size(), from + limit);
        ArrayNode page = ok.putArray("messages");
        for (Message m : newestFirst.subList(Math.min(from, to), to)) {
            ObjectNode json = page.addObject().put("type", "message").put("ts", m.ts()).put("text", m.text());
            if (m.fromBot()) {
                json.put("bot_id", "B0FAKEBOT");
            }
            if (withMetadata && m.metadata() != null) {
                json.set("metadata", m.metadata());
            }
        }
        boolean more = to < newestFirst.size();
        ok.put("has_more", more);
        ok.putObject("response_metadata").put("next_cursor", more ? Integer.toString(to) : "");
        return ok;
    }

    private Channel channelOf(String id) {
        return channels.getOrDefault(id, new Channel(id.toLowerCase(Locale.ROOT), State.MEMBER));
    }

    /** Strictly increasing; from the clock when one is set, so tests can ask for "messages since". */
    private String nextTs() {
        lastTs = clock == null ? lastTs + 1 : Math.max(lastTs + 1, micros(clock.instant()));
        return (lastTs / 1_000_000) + "." + String.format("%06d", lastTs % 1_000_000);
    }

    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
    }

    /** A Slack timestamp ("1700000000.000001", or just seconds) in microseconds. */
    private static long micros(String ts) {
        int dot = ts.indexOf('.');
        if (dot < 0) {
            return Long.parseLong(ts) * 1_000_000;
        }
        String fraction = (ts.substring(dot + 1) + "000000").substring(0, 6);
        return Long.parseLong(ts.substring(0, dot)) * 1_000_000 + Long.parseLong(fraction);
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    private ObjectNode error(String error) {
        return mapper.createObjectNode().put("ok", false).put("error", error);
    }
}
