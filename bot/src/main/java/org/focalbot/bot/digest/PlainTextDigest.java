package org.focalbot.bot.digest;

import java.util.List;
import org.focalbot.bot.Reply;

/** Renders a digest as the core's plain-text {@link Reply}: used for previews in chat and by platforms without a richer format. */
public final class PlainTextDigest {

    private PlainTextDigest() {
    }

    public static Reply render(Digest d) {
        StringBuilder sb = new StringBuilder(DigestText.title(d)).append('\n').append(DigestText.headline(d));
        if (d.quiet()) {
            sb.append("\n\n").append(DigestText.quietWeek());
        }
        for (Digest.Section s : d.active()) {
            sb.append("\n\n").append(s.name());
            if (s.noteCount() > 0) {
                sb.append("\n- ").append(DigestText.notesLine(s));
                for (Digest.Excerpt e : s.excerpts()) {
                    sb.append("\n  - \"").append(e.text()).append("\" (").append(DigestText.excerptAttribution(e, d)).append(')');
                }
            }
            s.phaseChanges().forEach(c -> sb.append("\n- ").append(DigestText.phaseLine(c)));
            s.completed().forEach(c -> sb.append("\n- ").append(DigestText.doneLine(c)));
            s.open().forEach(o -> sb.append("\n- ").append(DigestText.openLine(o)));
        }
        if (!d.quietNames().isEmpty()) {
            sb.append("\n\n").append(DigestText.quietPartnerships(d.quietNames()));
        }
        return Reply.text(sb.toString());
    }

    public static List<Reply> replies(Digest d) {
        return List.of(render(d));
    }
}
