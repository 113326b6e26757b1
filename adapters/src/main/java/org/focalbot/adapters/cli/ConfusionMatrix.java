package org.focalbot.adapters.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Counts of true label (rows) against predicted label (columns), printed as a text table. */
final class ConfusionMatrix {

    private final List<String> labels;
    private final int[][] counts;
    private final int total;
    private final int correct;

    private ConfusionMatrix(List<String> labels, int[][] counts, int total, int correct) {
        this.labels = labels;
        this.counts = counts;
        this.total = total;
        this.correct = correct;
    }

    static ConfusionMatrix of(List<String> truth, List<String> predicted) {
        Set<String> all = new LinkedHashSet<>(truth);
        all.addAll(predicted);
        List<String> labels = new ArrayList<>(all);
        int[][] counts = new int[labels.size()][labels.size()];
        int correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            counts[labels.indexOf(truth.get(i))][labels.indexOf(predicted.get(i))]++;
            correct += truth.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        return new ConfusionMatrix(labels, counts, truth.size(), correct);
    }

    double accuracy() {
        return total == 0 ? 0 : correct / (double) total;
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "accuracy %.1f%% (%d/%d)%n", 100 * accuracy(), correct, total));
        sb.append("confusion matrix (rows: true label, columns: predicted; columns numbered as the rows)\n");
        int width = labels.stream().mapToInt(String::length).max().orElse(5);
        sb.append(String.format("%-" + (width + 4) + "s", ""));
        for (int j = 0; j < labels.size(); j++) {
            sb.append(String.format("%4d", j + 1));
        }
        sb.append('\n');
        for (int i = 0; i < labels.size(); i++) {
            sb.append(String.format("%2d. %-" + width + "s", i + 1, labels.get(i)));
            for (int j = 0; j < labels.size(); j++) {
                sb.append(String.format("%4s", counts[i][j] == 0 ? "." : Integer.toString(counts[i][j])));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
