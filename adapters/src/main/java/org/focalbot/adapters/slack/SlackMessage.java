package org.focalbot.adapters.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * One Slack message ready to send: Block Kit blocks and the plain fallback {@code text} Slack
 * shows in notifications. Both are already escaped.
 */
public record SlackMessage(String text, ArrayNode blocks) {

    public String blocksJson() {
        return blocks.toString();
    }
}
