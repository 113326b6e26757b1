package org.focalbot.bot.notes.chat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.focalbot.bot.conversation.StateSlot;

/** What the notes dialogue remembers in a conversation between turns. */
final class NoteChatState {

    private NoteChatState() {
    }

    /** A question the assistant asked and is waiting on a button for. */
    record Pending(String token, Kind kind, String text, boolean privateNote, String mention, List<String> options,
                   Instant askedAt) {

        /** What the question was about. */
        enum Kind {
            /** Which partnership a note is for, or whether to create one. */
            NOTE,
            /** Whether to erase everything the person wrote. */
            ERASE
        }
    }

    /** The last search, so "Show more" and "which partnership?" can continue it. */
    record Search(String token, String words, String partnershipId, boolean mine, String tag, Instant from, Instant to,
                  String rangeLabel, boolean newestFirst, int offset) {

        Search withPartnership(String id) {
            return new Search(token, words, id, mine, tag, from, to, rangeLabel, newestFirst, offset);
        }

        Search at(int newOffset) {
            return new Search(token, words, partnershipId, mine, tag, from, to, rangeLabel, newestFirst, newOffset);
        }
    }

    /** The version of each note the person last saw, so an edit made from chat is checked against it. */
    record Seen(Map<String, Long> versions) {

        static final int MAX = 50;

        Seen {
            versions = versions == null ? Map.of() : versions;
        }

        Seen plus(String noteId, long version) {
            LinkedHashMap<String, Long> next = new LinkedHashMap<>(versions);
            next.remove(noteId);
            next.put(noteId, version);
            while (next.size() > MAX) {
                next.remove(next.keySet().iterator().next());
            }
            return new Seen(next);
        }
    }

    static final StateSlot<Pending> PENDING = new StateSlot<>("notes.pending", Pending.class);
    static final StateSlot<Search> SEARCH = new StateSlot<>("notes.search", Search.class);
    static final StateSlot<Seen> SEEN = new StateSlot<>("notes.seen", Seen.class);
}
