package org.focalbot.bot.nlu;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

/**
 * A softmax (multinomial logistic) layer over sentence vectors: one weight vector and bias per
 * label, trained by stochastic gradient descent. It knows what messages mean; the maxent model
 * next to it knows how our users spell them.
 */
final class EmbeddingHead {

    private static final double RATE = 0.5;
    private static final double NEGLIGIBLE = 1e-4;

    private final float[][] weights;

    private EmbeddingHead(float[][] weights) {
        this.weights = weights;
    }

    /**
     * @param vectors one sentence vector per example
     * @param labels  each example's label index, in {@code [0, classes)}
     */
    static EmbeddingHead train(List<float[]> vectors, int[] labels, int classes, int epochs) {
        int dimension = vectors.get(0).length;
        float[][] w = new float[classes][dimension + 1];
        int[] order = new int[vectors.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(17);  // a fixed seed: the same data gives the same model (and cache key)
        double[] p = new double[classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            float rate = (float) (RATE / (1 + 0.2 * epoch));
            for (int at : order) {
                float[] x = vectors.get(at);
                scores(w, x, p);
                p[labels[at]] -= 1;
                for (int c = 0; c < classes; c++) {
                    // Labels the model already rules out contribute next to nothing; skipping them halves the time.
                    if (Math.abs(p[c]) < NEGLIGIBLE) {
                        continue;
                    }
                    float g = (float) p[c] * rate;
                    float[] wc = w[c];
                    for (int j = 0; j < dimension; j++) {
                        wc[j] -= g * x[j];
                    }
                    wc[dimension] -= g;
                }
            }
        }
        return new EmbeddingHead(w);
    }

    /** The probability of each label index for one sentence vector. */
    double[] probabilities(float[] vector) {
        double[] p = new double[weights.length];
        scores(weights, vector, p);
        return p;
    }

    /** The same layer with its outputs in another order: output {@code i} of the result is output {@code order[i]} of this one. */
    EmbeddingHead reordered(int[] order) {
        float[][] w = new float[order.length][];
        for (int i = 0; i < order.length; i++) {
            w[i] = weights[order[i]];
        }
        return new EmbeddingHead(w);
    }

    int classes() {
        return weights.length;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(weights.length);
        out.writeInt(weights[0].length);
        for (float[] row : weights) {
            for (float v : row) {
                out.writeFloat(v);
            }
        }
    }

    static EmbeddingHead read(DataInputStream in) throws IOException {
        int classes = in.readInt();
        int width = in.readInt();
        if (classes < 1 || classes > 100_000 || width < 2 || width > 100_000) {
            throw new IOException("intent model file holds an implausible embedding layer");
        }
        float[][] w = new float[classes][width];
        for (float[] row : w) {
            for (int j = 0; j < width; j++) {
                row[j] = in.readFloat();
            }
        }
        return new EmbeddingHead(w);
    }

    private static void scores(float[][] w, float[] x, double[] out) {
        int dimension = x.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            float[] wc = w[c];
            double s = wc[dimension];
            for (int j = 0; j < dimension; j++) {
                s += wc[j] * x[j];
            }
            out[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < w.length; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < w.length; c++) {
            out[c] /= sum;
        }
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
