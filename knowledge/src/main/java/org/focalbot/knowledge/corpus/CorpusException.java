package org.focalbot.knowledge.corpus;

import java.util.List;
import java.util.stream.Collectors;

/** Guidance files could not be loaded; lists every problem found, each with its file and line. */
public class CorpusException extends RuntimeException {

    private final List<CorpusProblem> problems;

    public CorpusException(List<CorpusProblem> problems) {
        super(problems.stream().map(CorpusProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a corpus exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public CorpusException(CorpusProblem problem) {
        this(List.of(problem));
    }

    public List<CorpusProblem> problems() {
        return problems;
    }
}
