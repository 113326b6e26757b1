package org.focalbot.adapters.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the jar ({@code serve}, {@code nlu-bench}, {@code eval-qa}, …). */
public interface Command {

    String name();

    /** One line for the usage text. */
    String summary();

    /** Runs the command; returns the process exit code. Bad arguments throw {@link UsageException}. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
