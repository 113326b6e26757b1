package org.focalbot.bot.nlu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained intent classifier: an OpenNLP maxent model over word and character features, optionally
 * a softmax layer over sentence vectors (the two distributions are combined by their geometric
 * mean), and the calibration. Immutable and thread-safe; written and read in one binary file so a
 * start can load it instead of training.
 */
public final class IntentModel {

    private static final String MAGIC = "focalbot-intent-model";
    static final int FORMAT = 2;

    private final String key;
    private final AbstractModel maxent;
    private final MessageFeatures features;
    private final Calibration calibration;
    private final String outOfScopeLabel;
    private final int outOfScopeIndex;
    private final EmbeddingHead head;
    private final SentenceEncoder encoder;

    IntentModel(String key, AbstractModel maxent, MessageFeatures features, Calibration calibration, String outOfScopeLabel) {
        this(key, maxent, features, calibration, outOfScopeLabel, null, null);
    }

    /** @param head and {@code encoder}: both or neither; the head's label indices are the maxent model's */
    IntentModel(String key, AbstractModel maxent, MessageFeatures features, Calibration calibration, String outOfScopeLabel,
                EmbeddingHead head, SentenceEncoder encoder) {
        if ((head == null) != (encoder == null) || (head != null && head.classes() != maxent.getNumOutcomes())) {
            throw new IllegalArgumentException("an embedding layer needs its encoder and one output per label");
        }
        this.key = key;
        this.maxent = maxent;
        this.features = features;
        this.calibration = calibration;
        this.outOfScopeLabel = outOfScopeLabel;
        this.outOfScopeIndex = maxent.getIndex(outOfScopeLabel);
        this.head = head;
        this.encoder = encoder;
    }

    /** The best intent first, then every other label by calibrated confidence. */
    public List<IntentScore> rank(String text) {
        double[] calibrated = calibration.apply(rawProbabilities(text));
        int chosen = Calibration.decide(calibrated, calibration.threshold(), outOfScopeIndex);
        List<IntentScore> ranking = new ArrayList<>(calibrated.length);
        for (int i = 0; i < calibrated.length; i++) {
            ranking.add(new IntentScore(maxent.getOutcome(i), calibrated[i]));
        }
        ranking.sort(Comparator.comparingDouble(IntentScore::confidence).reversed());
        if (ranking.get(0).intent().equals(maxent.getOutcome(chosen))) {
            return List.copyOf(ranking);
        }
        // Below the threshold: out of scope leads, with the chance that the best in-scope guess is wrong.
        List<IntentScore> overruled = new ArrayList<>(ranking.size());
        overruled.add(new IntentScore(outOfScopeLabel, 1 - ranking.get(0).confidence()));
        ranking.stream().filter(s -> !s.intent().equals(outOfScopeLabel)).forEach(overruled::add);
        return List.copyOf(overruled);
    }

    /** The calibrated favourite before the out-of-scope threshold (for choosing other thresholds in benchmarks). */
    public IntentScore favourite(String text) {
        double[] calibrated = calibration.apply(rawProbabilities(text));
        int best = Calibration.decide(calibrated, 0, outOfScopeIndex);
        return new IntentScore(maxent.getOutcome(best), calibrated[best]);
    }

    /** The label the trained model alone prefers: no temperature, no threshold (for benchmarks). */
    public String labelWithoutCalibration(String text) {
        double[] raw = rawProbabilities(text);
        int best = 0;
        for (int i = 1; i < raw.length; i++) {
            if (raw[i] > raw[best]) {
                best = i;
            }
        }
        return maxent.getOutcome(best);
    }

    /** The model's distribution before calibration, indexed like {@link #labels()}. */
    double[] rawProbabilities(String text) {
        return rawProbabilities(text, head == null ? null : encoder.encode(text));
    }

    /** The same, with the message's sentence vector already computed (null when the model has no embedding layer). */
    double[] rawProbabilities(String text, float[] vector) {
        double[][] parts = parts(text, vector);
        return Calibration.combine(parts[0], parts[1]);
    }

    /** The word model's distribution and the sentence-vector model's (null without one), before they are combined. */
    double[][] parts(String text, float[] vector) {
        FeatureVector v = features.extract(text);
        double[] words = maxent.eval(v.names(), v.values());
        return new double[][] {words, head == null ? null : head.probabilities(vector)};
    }

    /** The same model with another calibration. */
    IntentModel withCalibration(Calibration other) {
        return new IntentModel(key, maxent, features, other, outOfScopeLabel, head, encoder);
    }

    /** Whether sentence vectors take part (and which encoder the model needs). */
    public String encoderId() {
        return encoder == null ? "none" : encoder.id();
    }

    public List<String> labels() {
        List<String> labels = new ArrayList<>(maxent.getNumOutcomes());
        for (int i = 0; i < maxent.getNumOutcomes(); i++) {
            labels.add(maxent.getOutcome(i));
        }
        return labels;
    }

    public String key() {
        return key;
    }

    public Calibration calibration() {
        return calibration;
    }

    public String outOfScopeLabel() {
        return outOfScopeLabel;
    }

    MaxentModel maxent() {
        return maxent;
    }

    /** Writes the model; the stream is left open. */
    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream modelBytes = new ByteArrayOutputStream();
        // OpenNLP's writer closes the stream it is given, so it writes into a buffer of its own.
        new GenericModelWriter(maxent, new DataOutputStream(modelBytes)).persist();
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeInt(FORMAT);
        data.writeUTF(key);
        FeatureConfig f = features.config();
        data.writeInt(f.charMin());
        data.writeInt(f.charMax());
        data.writeDouble(f.wordWeight());
        data.writeDouble(f.charWeight());
        data.writeDouble(calibration.temperature());
        data.writeDouble(calibration.threshold());
        data.writeUTF(outOfScopeLabel);
        data.writeInt(modelBytes.size());
        modelBytes.writeTo(data);
        data.writeUTF(encoderId());
        if (head != null) {
            head.write(data);
        }
        data.flush();
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException when the stream is not such a model, of another format version, or truncated
     */
    public static IntentModel read(InputStream in) throws IOException {
        return read(in, null);
    }

    /**
     * Reads a model written by {@link #write}, giving it the sentence encoder it was trained with.
     *
     * @param encoder the encoder, or null for models without an embedding layer
     * @throws IOException also when the model needs another encoder than the one given
     */
    public static IntentModel read(InputStream in, SentenceEncoder encoder) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            if (!MAGIC.equals(data.readUTF())) {
                throw new IOException("not an intent model file");
            }
            return readBody(data, encoder);
        } catch (EOFException | UTFDataFormatException e) {
            throw new IOException("not an intent model file, or a truncated one", e);
        } catch (IllegalArgumentException e) {
            throw new IOException("intent model file holds invalid settings: " + e.getMessage(), e);
        }
    }

    private static IntentModel readBody(DataInputStream data, SentenceEncoder encoder) throws IOException {
        int format = data.readInt();
        if (format != FORMAT) {
            throw new IOException("intent model format " + format + " is not " + FORMAT);
        }
        String key = data.readUTF();
        FeatureConfig features = new FeatureConfig(data.readInt(), data.readInt(), data.readDouble(), data.readDouble());
        Calibration calibration = new Calibration(data.readDouble(), data.readDouble());
        String oos = data.readUTF();
        int length = data.readInt();
        byte[] model = data.readNBytes(length);
        if (length < 0 || model.length != length) {
            throw new IOException("intent model file is truncated");
        }
        AbstractModel maxent = new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(model))).getModel();
        String encoderId = data.readUTF();
        if (encoderId.equals("none")) {
            return new IntentModel(key, maxent, new MessageFeatures(features), calibration, oos);
        }
        if (encoder == null || !encoder.id().equals(encoderId)) {
            throw new IOException("intent model needs the sentence encoder " + encoderId);
        }
        EmbeddingHead head = EmbeddingHead.read(data);
        if (head.classes() != maxent.getNumOutcomes()) {
            throw new IOException("intent model's embedding layer does not match its labels");
        }
        return new IntentModel(key, maxent, new MessageFeatures(features), calibration, oos, head, encoder);
    }
}
