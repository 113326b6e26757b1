package org.focalbot.bot.nlu;

import java.util.List;

/** Turns a message into a fixed-length vector of what it means, so that different wordings of one request lie close together. */
public interface SentenceEncoder {

    /** Names the encoder and its version; part of the intent model's cache key. */
    String id();

    /** The vector of one message; a blank message gets a zero vector. */
    float[] encode(String text);

    /** The vectors of many messages, in order (may use several threads). */
    List<float[]> encodeAll(List<String> texts);
}
