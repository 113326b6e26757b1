package org.focalbot.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.focalbot.adapters.MutableClock;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.Env;
import org.focalbot.bot.store.Json;

/**
 * The real application on a loopback port with Teams enabled against a {@link FakeBotFramework},
 * plus builders for the activities Teams sends and the tokens it signs them with.
 */
public final class TeamsHarness implements AutoCloseable {

    public static final String APP_ID = "6f1c2d3e-0000-4000-8000-00000000b07a";
    public static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public static final String BOT = "28:" + APP_ID;
    public static final Instant START = Instant.parse("2025-06-02T09:00:00Z");

    public final FakeBotFramework fake;
    public final RSAKey key = TestTokens.newKey("bf-signing-1");
    public final MutableClock clock = new MutableClock(START);
    public final Application app;
    public final ObjectMapper mapper = Json.newMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    public TeamsHarness(Path dataDir) throws IOException {
        this(dataDir, Map.of());
    }

    public TeamsHarness(Path dataDir, Map<String, String> extraEnv) throws IOException {
        fake = new FakeBotFramework();
        fake.publish(key, Set.of("msteams", "skype"));
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("DATA_DIR", dataDir.toString());
        env.put("MICROSOFT_APP_ID", APP_ID);
        env.put("MICROSOFT_APP_PASSWORD", "test-client-secret");
        env.put("TEAMS_OPENID_METADATA_URL", fake.metadataUrl().toString());
        env.put("TEAMS_TOKEN_URL", fake.tokenUrl().toString());
        env.putAll(extraEnv);
        env.values().removeIf(v -> v == null || v.isEmpty());
        app = Application.start(new Env(env), clock);
    }

    /** Claims of a token the bot must accept now. */
    public JWTClaimsSet.Builder claims() {
        return TestTokens.validClaims(APP_ID, fake.serviceUrl(), clock.instant());
    }

    public String validToken() {
        return TestTokens.rs256(key, claims().build());
    }

    /** POSTs an activity with {@code Authorization: <authorization>} (none when null). */
    public HttpResponse<String> post(JsonNode activity, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString()));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs an activity with a valid token. */
    public HttpResponse<String> send(JsonNode activity) throws IOException, InterruptedException {
        return post(activity, "Bearer " + validToken());
    }

    // --- activities as Teams sends them ---

    public ObjectNode base(String type, String id, String conversationId, String conversationType) {
        ObjectNode a = mapper.createObjectNode();
        a.put("type", type);
        a.put("id", id);
        a.put("timestamp", clock.instant().toString());
        a.put("serviceUrl", fake.serviceUrl());
        a.put("channelId", "msteams");
        ObjectNode from = a.putObject("from");
        from.put("id", "29:1-user-ana");
        from.put("name", "Ana Lima");
        from.put("aadObjectId", "a1b2c3d4-0000-4000-8000-0000000000aa");
        ObjectNode conversation = a.putObject("conversation");
        conversation.put("id", conversationId);
        conversation.put("conversationType", conversationType);
        conversation.put("tenantId", TENANT);
        a.putObject("recipient").put("id", BOT).put("name", "Focal Point");
        ObjectNode channelData = a.putObject("channelData");
        channelData.putObject("tenant").put("id", TENANT);
        if (conversationType.equals("channel")) {
            String channel = conversationId.contains(";") ? conversationId.substring(0, conversationId.indexOf(';'))
                    : conversationId;
            channelData.putObject("channel").put("id", channel);
            channelData.putObject("team").put("id", "19:team-general@thread.tacv2");
        }
        return a;
    }

    public ObjectNode message(String id, String conversationId, String text) {
        return base("message", id, conversationId, "personal").put("text", text).put("textFormat", "plain");
    }

    /** What Teams sends when an Action.Submit button is clicked: empty text, the card's data in value. */
    public ObjectNode submit(String id, String conversationId, String actionId) {
        ObjectNode a = base("message", id, conversationId, "personal");
        a.putObject("value").put("focalAction", actionId);
        return a;
    }

    public ObjectNode botAdded(String id, String conversationId, String conversationType) {
        ObjectNode a = base("conversationUpdate", id, conversationId, conversationType);
        a.putArray("membersAdded").addObject().put("id", BOT);
        return a;
    }

    public ObjectNode installation(String id, String conversationId, String conversationType, String action) {
        return base("installationUpdate", id, conversationId, conversationType).put("action", action);
    }

    @Override
    public void close() {
        app.close();
        fake.close();
    }
}
