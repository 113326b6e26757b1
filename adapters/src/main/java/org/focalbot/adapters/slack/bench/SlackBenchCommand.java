package org.focalbot.adapters.slack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.focalbot.adapters.cli.Command;
import org.focalbot.adapters.cli.Options;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.Env;
import org.focalbot.adapters.slack.SlackRoutes;
import org.focalbot.adapters.slack.fake.FakeSlackApi;
import org.focalbot.adapters.slack.fake.SignedSlackClient;

/**
 * {@code bench-slack}: the Slack load check. Starts the real server in-process (temporary
 * DATA_DIR) against a local fake of Slack's Web API, sends signed {@code app_mention} events at a
 * steady rate — some of them redelivered as Slack retries — and prints acknowledgement latency,
 * throughput, 5xx responses and duplicate or missing replies.
 */
public final class SlackBenchCommand implements Command {

    static final String TOKEN = "xoxb-bench-token";
    static final String SECRET = "bench-signing-secret-0123456789";
    static final String TEAM = "T0BENCH";
    static final String BOT = "U0BENCHBOT";

    @Override
    public String name() {
        return "bench-slack";
    }

    @Override
    public String summary() {
        return "Slack load check: --rate 200 --seconds 20 [--warmup 30 --channels 50 --retry-every 20 --workers 8]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(name(), args, Set.of("rate", "seconds", "warmup", "channels", "retry-every", "workers"));
        LoadPlan plan = new LoadPlan(o.integer("rate", 200, 1, 5000), o.integer("seconds", 20, 1, 3600),
                o.integer("warmup", 30, 0, 600), o.integer("channels", 50, 1, 100_000), o.integer("retry-every", 20, 0, 100_000));
        int workers = o.integer("workers", 8, 1, 64);

        Path dataDir = Files.createTempDirectory("bench-slack-data-");
        try (FakeSlackApi slack = FakeSlackApi.start(TOKEN, TEAM, BOT)) {
            Application app = Application.start(new Env(Map.of(
                    "PORT", "0",
                    "HOST", "127.0.0.1",
                    "DATA_DIR", dataDir.toString(),
                    "SLACK_BOT_TOKEN", TOKEN,
                    "SLACK_SIGNING_SECRET", SECRET,
                    "SLACK_API_URL", slack.apiUrl(),
                    "SLACK_WORKER_THREADS", Integer.toString(workers))), Clock.systemUTC());
            try {
                SignedSlackClient client = new SignedSlackClient(
                        URI.create("http://127.0.0.1:" + app.port() + SlackRoutes.PATH), SECRET, Clock.systemUTC());
                out.printf("bench-slack: %d events/s for %d s after a %d s warm-up, %d channels, %s, %d workers%n",
                        plan.rate(), plan.seconds(), plan.warmup(), plan.channels(),
                        plan.retryEvery() == 0 ? "no retries" : "every " + plan.retryEvery() + "th delivery a Slack retry",
                        workers);
                out.printf("machine              %d cores, load average %.1f before the run%n", cores(), loadAverage());
                LoadResult result = new LoadRun(plan, client, slack, TEAM, BOT).run();
                result.print(out);
                out.printf("machine              load average %.1f after the run (other processes share these cores)%n",
                        loadAverage());
                return 0;
            } finally {
                app.close();
            }
        } finally {
            deleteTree(dataDir);
        }
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
