package org.focalbot.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.focalbot.adapters.slack.fake.FakeSlackApi;
import org.focalbot.adapters.slack.web.RetryPolicy;
import org.focalbot.adapters.slack.web.SlackCallException;
import org.focalbot.adapters.slack.web.SlackWebApi;
import org.focalbot.bot.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Web API client against the fake Slack: rate limits, retries and what it gives up with. */
class SlackWebApiTest {

    static final String TOKEN = "xoxb-web-api-test-token";
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private FakeSlackApi slack;
    private SlackWebApi api;
    private SlackMessage message;

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlackApi.start(TOKEN, "T0TEAM", "U0BOT");
        api = new SlackWebApi(slack.apiUrl(), TOKEN, mapper, RetryPolicy.DEFAULT, waits::add);
        message = new BlockKit(mapper).messages(List.of(Reply.text("Weekly digest: 3 notes"))).get(0);
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void a429WaitsExactlyWhatRetryAfterSaysThenSucceeds() throws Exception {
        slack.rateLimitNext("chat.postMessage", 7);
        String ts = api.postMessage("C0DIGEST", null, message);
        assertEquals(List.of(Duration.ofSeconds(7)), waits);
        assertEquals(2, slack.calls("chat.postMessage").size());
        assertFalse(ts.isBlank());
    }

    @Test
    void serverErrorsAndTransientSlackErrorsBackOffAndRetry() throws Exception {
        slack.failNext("chat.update", 503);
        slack.errorNext("chat.update", "internal_error");
        api.update("C0DIGEST", "1700000000.000001", message);
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), waits);
        assertEquals(3, slack.calls("chat.update").size());
    }

    @Test
    void afterThreeFailedAttemptsItGivesUpNamingMethodAndChannelButNotTheToken() {
        for (int i = 0; i < 4; i++) {
            slack.failNext("chat.postMessage", 502);
        }
        SlackCallException e = assertThrows(SlackCallException.class, () -> api.postMessage("C0DIGEST", null, message));
        assertEquals(3, slack.calls("chat.postMessage").size());
        assertEquals("Slack chat.postMessage to C0DIGEST failed after 3 attempts: HTTP 502 fatal_error", e.getMessage());
        assertFalse(e.permanent());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @Test
    void aPermanentSlackErrorIsNotRetried() {
        slack.errorNext("chat.postMessage", "not_in_channel");
        SlackCallException e = assertThrows(SlackCallException.class, () -> api.postMessage("C0GONE", null, message));
        assertTrue(e.permanent());
        assertEquals("not_in_channel", e.error());
        assertEquals(1, slack.calls("chat.postMessage").size());
        assertTrue(waits.isEmpty());
    }

    @Test
    void rateLimitsBeyondTheWaitBudgetGiveUpAndSayHowLongSlackAsked() {
        slack.rateLimitNext("views.publish", 120);
        SlackCallException e = assertThrows(SlackCallException.class,
                () -> api.publishHome("U0ALICE", mapper.createObjectNode().put("type", "home")));
        assertEquals(Duration.ofSeconds(120), e.retryAfter().orElseThrow());
        assertTrue(waits.isEmpty(), "a wait longer than the policy allows is not spent on a worker thread");
    }

    @Test
    void responseUrlPostsHonourRetryAfterToo() throws Exception {
        slack.rateLimitNext(FakeSlackApi.RESPONSE_URL, 2);
        api.respond(slack.responseUrl("r1"), "C0DIGEST", message, true);
        assertEquals(List.of(Duration.ofSeconds(2)), waits);
        FakeSlackApi.Call answer = slack.calls(FakeSlackApi.RESPONSE_URL).get(1);
        assertEquals("true", answer.param("replace_original"));
        assertEquals("ephemeral", answer.param("response_type"));
    }

    @Test
    void anExpiredResponseUrlIsAPermanentFailure() {
        slack.failNext(FakeSlackApi.RESPONSE_URL, 404);
        SlackCallException e = assertThrows(SlackCallException.class,
                () -> api.respond(slack.responseUrl("old"), "C0DIGEST", message, false));
        assertTrue(e.permanent());
        assertEquals(1, slack.calls(FakeSlackApi.RESPONSE_URL).size());
    }
}
