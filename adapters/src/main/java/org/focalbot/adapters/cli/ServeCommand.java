package org.focalbot.adapters.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.Env;
import org.focalbot.adapters.host.ServerConfig;

/** {@code serve} (the default): runs the assistant until SIGTERM or Ctrl-C, then shuts down gracefully. */
public final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "run the assistant (web chat, JSON API, Slack and Teams endpoints); configured by environment variables";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        if (!args.isEmpty()) {
            throw new UsageException("serve takes no arguments; configure it with environment variables (see README)");
        }
        Env env = Env.system();
        ServerConfig config = ServerConfig.from(env);
        Application app = Application.start(env, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("focalbot: shutting down");
            app.close();
            out.println("focalbot: stopped cleanly");
            stopped.countDown();
        }, "focalbot-shutdown"));
        long readyMs = ManagementFactory.getRuntimeMXBean().getUptime();
        out.printf("focalbot: ready in %d ms at http://%s:%d (data in %s)%n", readyMs,
                config.host().contains(":") ? "[" + config.host() + "]" : config.host(), app.port(),
                config.dataDir().toAbsolutePath().normalize());
        if (config.apiToken().isEmpty()) {
            out.println("focalbot: no FOCAL_API_TOKEN set, so the server only listens on loopback");
        }
        stopped.await();
        return 0;
    }
}
