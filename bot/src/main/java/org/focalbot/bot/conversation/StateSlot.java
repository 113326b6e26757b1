package org.focalbot.bot.conversation;

/**
 * A named, typed piece of conversation state owned by one feature (botbuilder's "state property
 * accessor"): features declare their slot and never touch each other's.
 *
 * @param name the key inside the conversation state document
 * @param type the Jackson-mappable type stored there
 */
public record StateSlot<T>(String name, Class<T> type) {
}
