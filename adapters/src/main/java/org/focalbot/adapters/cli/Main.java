package org.focalbot.adapters.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.focalbot.adapters.host.ConfigException;
import org.focalbot.adapters.slack.bench.SlackBenchCommand;
import org.focalbot.bot.store.StoreException;

/** The jar's entry point: {@code java -jar focalbot.jar [command] [options]}, {@code serve} by default. */
public final class Main {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Main(List<Command> commands) {
        commands.forEach(c -> this.commands.put(c.name(), c));
    }

    public static void main(String[] args) {
        Main main = new Main(List.of(new ServeCommand(), new EvalQaCommand(), new BenchAskCommand(), new NluBenchCommand(),
                new BenchNotesCommand(), new CrashTestCommand(), new SlackBenchCommand()));
        int code = main.run(List.of(args), System.out, System.err);
        System.exit(code);
    }

    /** Runs a command; any failure becomes one line on {@code err} and a non-zero exit code, never a stack trace. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String name = args.isEmpty() ? "serve" : args.get(0);
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            out.print(usage());
            return 0;
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println("focalbot: unknown command \"" + name + "\"");
            err.print(usage());
            return 2;
        }
        try {
            return command.run(args.subList(Math.min(1, args.size()), args.size()), out, err);
        } catch (UsageException | ConfigException e) {
            err.println("focalbot: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            err.println("focalbot: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("focalbot: " + name + " failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        }
    }

    String usage() {
        StringBuilder sb = new StringBuilder("usage: java -jar focalbot.jar [command] [options]\n\ncommands:\n");
        commands.values().forEach(c -> sb.append(String.format("  %-12s %s%n", c.name(), c.summary())));
        sb.append(String.format("  %-12s %s%n", "help", "show this text"));
        return sb.toString();
    }
}
