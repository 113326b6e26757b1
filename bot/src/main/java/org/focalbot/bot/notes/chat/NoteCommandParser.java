package org.focalbot.bot.notes.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.focalbot.bot.notes.NoteExport;
import org.focalbot.bot.notes.Partner;
import org.focalbot.bot.notes.Sector;

/**
 * Reads note commands from chat text without help from the NLU: creating a partnership, adding,
 * editing and deleting a note, exporting, erasing one's own notes. Anything it cannot read is
 * {@link NoteCommand.Unclear}, so the caller can fall back to the NLU's entities or to a hint.
 */
final class NoteCommandParser {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final String POLITE = "^(?:(?:hey|ok|okay|please|pls|can you|could you|would you|kindly)[,\\s]+)*";
    private static final String SEP = "\\s*(?::|\\s-\\s|\\s–\\s|\\s—\\s|-{2})\\s*";

    private static final Pattern CREATE = Pattern.compile(POLITE
            + "(?:(?:create|add|start|register|set\\s+up|setup|open|make|begin)\\s+)?(?:a\\s+|an\\s+)?new\\s+partnership"
            + "(?:\\s+(?:called|named))?\\s*:?\\s*(?<name>.+?)(?:\\s+with\\s+(?<partners>.+?))?\\s*[.!]?$", F);
    private static final Pattern CREATE_CALLED = Pattern.compile(POLITE
            + "(?:create|add|start|register|set\\s+up|setup|open|make)\\s+(?:a\\s+|the\\s+)?partnership\\s+"
            + "(?:called|named)\\s+(?<name>.+?)(?:\\s+with\\s+(?<partners>.+?))?\\s*[.!]?$", F);
    private static final Pattern NOTE_FOR = Pattern.compile(POLITE
            + "(?:(?:add|save|make|write|take|log|record|jot\\s+down|put|create|leave)\\s+)?(?:a\\s+|an\\s+|this\\s+)?"
            + "(?<private>private\\s+)?note\\s+(?:for|to|on|about|under|re|regarding|in|against)\\s+(?<mention>[^:\\n]+?)"
            + "\\s*(?<private2>\\(private\\))?" + SEP + "(?<text>.+)$", F);
    private static final Pattern ADD_TO = Pattern.compile(POLITE
            + "(?:add|save|log|record)\\s+(?:to|for|on|under)\\s+(?<mention>[^:\\n]+?)" + SEP + "(?<text>.+)$", F);
    private static final Pattern FOR_X_NOTE = Pattern.compile(POLITE
            + "for\\s+(?<mention>[^,:\\n]+?)\\s*[,:]\\s*(?:please\\s+)?(?:note|remember|record|log)(?:\\s+that)?\\s*:?\\s*(?<text>.+)$", F);
    private static final Pattern NOTE_ONLY = Pattern.compile(POLITE
            + "(?:(?:add|save|make|write|take|log|record|create|leave)\\s+)?(?:a\\s+|an\\s+)?(?<private>private\\s+)?note"
            + "\\s*(?<private2>\\(private\\))?" + SEP + "(?<text>.+)$", F);
    private static final Pattern NOTE_THAT = Pattern.compile(POLITE
            + "(?:note|remember|record|log)\\s+that\\s+(?<text>.+)$", F);
    private static final Pattern EDIT = Pattern.compile(POLITE
            + "(?:edit|change|update|correct|fix)\\s+(?:my\\s+)?note\\s+(?:ref\\s+)?#?(?<ref>[a-z0-9]{6,20})\\s*(?:to\\s+|:\\s*|-\\s*)(?<text>.+)$", F);
    private static final Pattern DELETE = Pattern.compile(POLITE
            + "(?:delete|remove|drop)\\s+(?:my\\s+)?note\\s+(?:ref\\s+)?#?(?<ref>[a-z0-9]{6,20})\\s*[.!]?$", F);
    private static final Pattern ERASE_MINE = Pattern.compile(POLITE
            + "(?:erase|delete|remove|forget|wipe)\\s+(?:all\\s+(?:of\\s+)?)?(?:my\\s+notes|everything\\s+i(?:'ve|\\s+have)?\\s+(?:wrote|written|said|noted))"
            + "(?:\\s+(?:here|everywhere))?\\s*[.!]?$", F);
    private static final Pattern EXPORT = Pattern.compile(POLITE
            + "(?:export|download)\\s+(?:all\\s+)?(?:the\\s+)?notes\\s+(?:for|of|on|from|about)\\s+(?<mention>.+?)"
            + "(?:\\s+(?:as|in|to)\\s+(?<format>markdown|md|csv|json))?\\s*[.!]?$", F);

    NoteCommand parse(String raw) {
        String text = raw.strip();
        Matcher m;
        if ((m = EDIT.matcher(text)).matches()) {
            return new NoteCommand.EditNote(m.group("ref").toLowerCase(java.util.Locale.ROOT), m.group("text").strip());
        }
        if ((m = DELETE.matcher(text)).matches()) {
            return new NoteCommand.DeleteNote(m.group("ref").toLowerCase(java.util.Locale.ROOT));
        }
        if (ERASE_MINE.matcher(text).matches()) {
            return new NoteCommand.EraseMine();
        }
        if ((m = EXPORT.matcher(text)).matches()) {
            return new NoteCommand.Export(cleanMention(m.group("mention")),
                    m.group("format") == null ? NoteExport.Format.MARKDOWN : NoteExport.Format.parse(m.group("format")));
        }
        if ((m = CREATE.matcher(text)).matches() || (m = CREATE_CALLED.matcher(text)).matches()) {
            String name = unquote(m.group("name"));
            if (!name.isBlank()) {
                return new NoteCommand.CreatePartnership(name, partners(m.group("partners")));
            }
        }
        if ((m = NOTE_FOR.matcher(text)).matches()) {
            return new NoteCommand.AddNote(cleanMention(m.group("mention")), m.group("text").strip(),
                    m.group("private") != null || m.group("private2") != null);
        }
        if ((m = ADD_TO.matcher(text)).matches() || (m = FOR_X_NOTE.matcher(text)).matches()) {
            return new NoteCommand.AddNote(cleanMention(m.group("mention")), m.group("text").strip(), false);
        }
        if ((m = NOTE_ONLY.matcher(text)).matches()) {
            return new NoteCommand.AddNote(null, m.group("text").strip(),
                    m.group("private") != null || m.group("private2") != null);
        }
        if ((m = NOTE_THAT.matcher(text)).matches()) {
            return new NoteCommand.AddNote(null, m.group("text").strip(), false);
        }
        return new NoteCommand.Unclear();
    }

    /** "the Water Alliance partnership" → "Water Alliance". */
    static String cleanMention(String raw) {
        String s = unquote(raw.strip());
        s = s.replaceFirst("(?i)^(?:the|our)\\s+", "");
        s = s.replaceFirst("(?i)\\s+partnership$", "");
        return s.strip();
    }

    /** "UN-Habitat and Acme", "the city, Acme Ltd (private sector), and KWSP" → partners with guessed sectors. */
    static List<Partner> partners(String raw) {
        List<Partner> out = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        String s = raw.strip().replaceAll("[.!]+$", "");
        List<String> parts = new ArrayList<>();
        if (s.contains(",") || s.contains(";")) {
            for (String p : s.split("[,;]")) {
                parts.add(p.strip().replaceFirst("(?i)^(?:and|&)\\s+", ""));
            }
        } else {
            for (String p : s.split("(?i)\\s+(?:and|&)\\s+")) {
                parts.add(p.strip());
            }
        }
        Pattern withSector = Pattern.compile("(.+?)\\s*\\(([^)]+)\\)\\s*$");
        for (String p : parts) {
            if (p.isBlank()) {
                continue;
            }
            Matcher m = withSector.matcher(p);
            String org = p;
            Optional<Sector> sector = Optional.empty();
            if (m.matches()) {
                sector = Sector.find(m.group(2));
                if (sector.isPresent()) {
                    org = m.group(1);
                }
            }
            org = unquote(org.replaceFirst("(?i)^the\\s+", "").strip());
            if (sector.isEmpty()) {
                sector = Sector.guess(org);
            }
            out.add(new Partner(org, sector.orElse(null)));
        }
        return out;
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && "\"'“”‘’".indexOf(t.charAt(0)) >= 0 && "\"'“”‘’".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
