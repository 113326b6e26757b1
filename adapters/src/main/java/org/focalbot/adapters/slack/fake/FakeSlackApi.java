package org.focalbot.adapters.slack.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for Slack's Web API and response URLs, on a free loopback port, for tests and
 * the load check: answers {@code auth.test}, records {@code chat.postMessage}, {@code chat.update},
 * {@code views.publish} and posts to response URLs, and can be told to fail the next call to a
 * method (a 429 with {@code Retry-After}, a 5xx, or a Slack error such as {@code not_in_channel}).
 * It keeps the messages posted to each channel (with their metadata) and answers
 * {@code conversations.history} and {@code conversations.info} from them; a channel can be set up
 * as one the bot is not a member of, an archived one or one it cannot see, and posting there
 * then fails the way Slack fails.
 */
public final class FakeSlackApi implements AutoCloseable {

    /** The method name under which posts to a response URL are recorded. */
    public static final String RESPONSE_URL = "response_url";

    /**
     * One recorded call.
     *
     * @param method        the Web API method, or {@link #RESPONSE_URL}
     * @param params        form parameters (Web API) or top-level JSON fields as text (response URL)
     * @param body          the raw request body
     * @param authorization the Authorization header, if any
     * @param receivedNanos {@link System#nanoTime()} when it arrived
     * @param response      what the fake answered (JSON)
     */
    public record Call(String method, Map<String, String> params, String body, String authorization, long receivedNanos,
                       String response) {
        public String param(String name) {
            return params.get(name);
        }
    }

    private record Failure(int status, Integer retryAfterSeconds, String error) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String token;
    private final String teamId;
    private final String botUserId;
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<Failure>> failures = new HashMap<>();
    private final FakeSlackChannels channels = new FakeSlackChannels(mapper);

    private FakeSlackApi(HttpServer server, ExecutorService executor, String token, String teamId, String botUserId) {
        this.server = server;
        this.executor = executor;
        this.token = token;
        this.teamId = teamId;
        this.botUserId = botUserId;
    }

    /** Starts on a free loopback port; calls must carry {@code Bearer token}. */
    public static FakeSlackApi start(String token, String teamId, String botUserId) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-slack");
            t.setDaemon(true);
            return t;
        });
        FakeSlackApi fake = new FakeSlackApi(server, executor, token, teamId, botUserId);
        server.createContext("/", fake::handle);
        server.setExecutor(executor);
        server.start();
        return fake;
    }

    /** The Web API base to put in SLACK_API_URL. */
    public String apiUrl() {
        return base() + "/api/";
    }

    /** A response URL whose posts are recorded as {@link #RESPONSE_URL} calls. */
    public String responseUrl(String id) {
        return base() + "/response/" + id;
    }

    /** Makes the next call to {@code method} answer HTTP 429 with {@code Retry-After: seconds}. */
    public void rateLimitNext(String method, int retryAfterSeconds) {
        enqueue(method, new Failure(429, retryAfterSeconds, "ratelimited"));
    }

    /** Makes the next call to {@code method} answer with this HTTP status (e.g. 503). */
    public void failNext(String method, int status) {
        enqueue(method, new Failure(status, null, null));
    }

    /** Makes the next call to {@code method} answer {@code {"ok":false,"error":error}}. */
    public void errorNext(String method, String error) {
        enqueue(method, new Failure(200, null, error));
    }

    /** Sets up how {@code channel} (named {@code name}) looks to the bot. */
    public void channel(String channel, String name, FakeSlackChannels.State state) {
        channels.define(channel, name, state);
    }

    /** Message timestamps follow {@code clock} from now on (still strictly increasing), instead of a counter from 2023. */
    public void stampWith(Clock clock) {
        channels.stampWith(clock);
    }

    /** Adds a message somebody else wrote to {@code channel}'s history; returns its ts. */
    public String addMessage(String channel, String text) {
        return channels.add(channel, text);
    }

    /** The messages in {@code channel}, oldest first. */
    public List<FakeSlackChannels.Message> messages(String channel) {
        return channels.messages(channel);
    }

    /** Everything recorded so far for {@code method}, in arrival order. */
    public List<Call> calls(String method) {
        synchronized (calls) {
            return calls.stream().filter(c -> c.method().equals(method)).toList();
        }
    }

    /** Every recorded call except {@code auth.test}. */
    public List<Call> outbound() {
        synchronized (calls) {
            return calls.stream().filter(c -> !c.method().equals("auth.test")).toList();
        }
    }

    /** Waits until {@code count} calls to {@code method} arrived; fails after {@code timeout}. */
    public List<Call> await(String method, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (calls) {
            while (true) {
                List<Call> found = calls.stream().filter(c -> c.method().equals(method)).toList();
                if (found.size() >= count) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("expected " + count + " " + method + " call(s) within "
                            + timeout.toMillis() + " ms, got " + found.size());
                }
                calls.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    private void enqueue(String method, Failure failure) {
        synchronized (failures) {
            failures.computeIfAbsent(method, m -> new ArrayDeque<>()).add(failure);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long received = System.nanoTime();
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            boolean webApi = path.startsWith("/api/");
            String method = webApi ? path.substring("/api/".length()) : RESPONSE_URL;
            Map<String, String> params = webApi ? form(body) : jsonFields(body);

            Failure failure;
            synchronized (failures) {
                Deque<Failure> queue = failures.get(method);
                failure = queue == null ? null : queue.poll();
            }
            int status = 200;
            String answer;
            if (failure != null) {
                if (failure.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders().add("Retry-After", Integer.toString(failure.retryAfterSeconds()));
                }
                status = failure.status();
                answer = "{\"ok\":false,\"error\":\"" + (failure.error() == null ? "fatal_error" : failure.error()) + "\"}";
            } else if (!webApi) {
                answer = "{\"ok\":true}";
            } else if (token != null && !("Bearer " + token).equals(auth)) {
                answer = "{\"ok\":false,\"error\":\"invalid_auth\"}";
            } else {
                answer = answer(method, params).toString();
            }
            record(new Call(method, params, body, auth, received, answer));
            send(exchange, status, answer);
        }
    }

    private void record(Call call) {
        synchronized (calls) {
            calls.add(call);
            calls.notifyAll();
        }
    }

    private ObjectNode answer(String method, Map<String, String> params) {
        ObjectNode ok = mapper.createObjectNode().put("ok", true);
        switch (method) {
            case "auth.test" -> ok.put("url", "https://fake.slack.test/").put("team", "Fake team").put("user", "focalbot")
                    .put("team_id", teamId).put("user_id", botUserId).put("bot_id", "B0FAKEBOT");
            case "chat.postMessage" -> {
                return channels.post(params, ok);
            }
            case "conversations.info" -> {
                return channels.info(params, ok);
            }
            case "conversations.history" -> {
                return channels.history(params, ok);
            }
            case "chat.update" -> ok.put("channel", params.get("channel")).put("ts", params.get("ts"))
                    .put("text", params.getOrDefault("text", ""));
            case "views.publish" -> ok.putObject("view").put("id", "V0FAKEVIEW").put("type", "home");
            default -> {
                return mapper.createObjectNode().put("ok", false).put("error", "unknown_method");
            }
        }
        return ok;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    private Map<String, String> jsonFields(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        try {
            mapper.readTree(body).fields().forEachRemaining(e ->
                    params.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        } catch (IOException e) {
            params.put("unparsed", body);
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
