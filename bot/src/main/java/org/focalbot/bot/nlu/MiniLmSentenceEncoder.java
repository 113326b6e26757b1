package org.focalbot.bot.nlu;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The all-MiniLM-L6-v2 sentence encoder (quantised), shipped inside its Maven artifact and run
 * in-process by ONNX Runtime: 384 numbers per message, normalised to length 1.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {

    /** Changing the artifact version changes the vectors, so it is part of the id. */
    static final String ID = "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29";
    private static final int DIMENSION = 384;
    private static final int BATCH = 64;

    private final EmbeddingModel model;
    private final int threads;

    /** @param threads threads used by {@link #encodeAll}; single messages are encoded on the caller's thread */
    public MiniLmSentenceEncoder(int threads) {
        this.threads = Math.max(1, threads);
        // The library loads the ONNX model once per JVM; the executor here only serves encodeAll.
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public float[] encode(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSION];
        }
        return model.embed(text).content().vector();
    }

    @Override
    public List<float[]> encodeAll(List<String> texts) {
        if (threads == 1 || texts.size() < 2 * BATCH) {
            return texts.stream().map(this::encode).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sentence-encoder");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<float[]>>> parts = new ArrayList<>();
            for (int from = 0; from < texts.size(); from += BATCH) {
                List<String> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
                parts.add(pool.submit(() -> encodeBatch(batch)));
            }
            List<float[]> out = new ArrayList<>(texts.size());
            for (var part : parts) {
                out.addAll(part.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while encoding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("encoding failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<float[]> encodeBatch(List<String> batch) {
        List<float[]> out = new ArrayList<>(batch.size());
        for (String text : batch) {
            out.add(encode(text));
        }
        return out;
    }
}
