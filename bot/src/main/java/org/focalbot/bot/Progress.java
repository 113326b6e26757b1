package org.focalbot.bot;

/** How far through something (a checklist) a conversation is, e.g. "Governance", 7 of 24. */
public record Progress(String label, int done, int total) {
    public Progress {
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("progress " + done + " of " + total);
        }
    }
}
