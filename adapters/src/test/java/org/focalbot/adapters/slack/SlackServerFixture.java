package org.focalbot.adapters.slack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.Env;
import org.focalbot.adapters.slack.fake.FakeSlackApi;
import org.focalbot.adapters.slack.fake.SignedSlackClient;

/** The real server with Slack enabled against a fake Web API, plus a client that signs like Slack. */
final class SlackServerFixture implements AutoCloseable {

    static final String TOKEN = "xoxb-test-0000-token-never-logged";
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TEAM = "T0TEAM";
    static final String BOT = "U0BOT";

    final FakeSlackApi slack;
    private final Path dataDir;
    private final Clock clock;
    private Application app;
    private SignedSlackClient client;

    private SlackServerFixture(FakeSlackApi slack, Path dataDir, Clock clock) {
        this.slack = slack;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    static SlackServerFixture start(Path dataDir) throws Exception {
        return start(dataDir, Clock.systemUTC());
    }

    /** With a clock the test controls; the server and the signing client both read it. */
    static SlackServerFixture start(Path dataDir, Clock clock) throws Exception {
        SlackServerFixture f = new SlackServerFixture(FakeSlackApi.start(TOKEN, TEAM, BOT), dataDir, clock);
        f.startApp();
        return f;
    }

    /** (Re)starts the server on the same DATA_DIR. */
    void startApp() {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("DATA_DIR", dataDir.toString());
        env.put("SLACK_BOT_TOKEN", TOKEN);
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        // One worker answers in arrival order, so "nothing more was posted" can be checked by a later event.
        env.put("SLACK_WORKER_THREADS", "1");
        app = Application.start(new Env(env), clock);
        client = new SignedSlackClient(eventsUrl(), SECRET, clock);
    }

    void stopApp() {
        app.close();
    }

    Application app() {
        return app;
    }

    SignedSlackClient client() {
        return client;
    }

    URI eventsUrl() {
        return URI.create("http://127.0.0.1:" + app.port() + SlackRoutes.PATH);
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            slack.close();
        }
    }
}
