package org.focalbot.bot.notes.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.focalbot.bot.notes.Note;
import org.focalbot.bot.notes.Partner;
import org.focalbot.bot.notes.Partnership;

/** How notes and partnerships read in chat: plain text, one note per line. */
final class NoteFormat {

    static final int EXCERPT = 240;

    private final DateTimeFormatter day;

    NoteFormat(ZoneId zone) {
        this.day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(zone);
    }

    String date(Instant t) {
        return day.format(t);
    }

    /** "- 12 Mar 2025 · Water Alliance Nairobi · Ana: mayor agreed the MoU draft (ref k3f9a2)". */
    String line(Note n, String partnershipName) {
        return "- " + date(n.createdAt()) + " · " + partnershipName + " · " + n.authorName()
                + (n.privateNote() ? " (private)" : "") + ": " + excerpt(n.text()) + " (ref " + n.ref() + ")";
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }

    static String partners(List<Partner> partners) {
        List<String> names = partners.stream()
                .map(p -> p.sector() == null ? p.organisation() : p.organisation() + " (" + p.sector().label() + ")")
                .toList();
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String describe(Partnership p) {
        String partners = partners(p.partners());
        return p.name() + " (phase: " + p.phase().title().toLowerCase(Locale.ROOT) + ")"
                + (partners.isEmpty() ? "" : " with " + partners);
    }

    static String names(List<Partnership> ps) {
        return ps.stream().map(Partnership::name).collect(Collectors.joining(", "));
    }
}
