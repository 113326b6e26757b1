package org.focalbot.knowledge.corpus;

/**
 * Something wrong in a guidance file, located precisely enough for an operator to fix it.
 *
 * @param file    the file name
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong and, where it helps, what to write instead
 */
public record CorpusProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + " line " + line + ": " + message : file + ": " + message;
    }
}
