package org.focalbot.bot.notes.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.focalbot.bot.Action;
import org.focalbot.bot.Reply;
import org.focalbot.bot.dialogue.TurnContext;
import org.focalbot.bot.notes.DatePhrases;
import org.focalbot.bot.notes.DateRange;
import org.focalbot.bot.notes.Note;
import org.focalbot.bot.notes.NoteBook;
import org.focalbot.bot.notes.NoteIds;
import org.focalbot.bot.notes.Partnership;
import org.focalbot.bot.notes.PartnershipMatcher;
import org.focalbot.bot.notes.PartnershipRegistry;
import org.focalbot.bot.notes.Resolution;
import org.focalbot.bot.notes.search.NotePage;
import org.focalbot.bot.notes.search.NoteQuery;

/**
 * Finding notes from chat: by words, partnership, tag, "my notes" and time phrases, five at a
 * time with a "Show more" button, each shown with its partnership, date, author and ref.
 */
final class FindNotesDialogue {

    static final int PAGE = 5;

    private final NoteBook notes;
    private final PartnershipRegistry registry;
    private final DatePhrases dates;
    private final NoteIds ids;
    private final NoteFormat format;
    private final PartnershipMatcher matcher = new PartnershipMatcher();

    FindNotesDialogue(NoteBook notes, DatePhrases dates, NoteIds ids, NoteFormat format) {
        this.notes = notes;
        this.registry = notes.partnerships();
        this.dates = dates;
        this.ids = ids;
        this.format = format;
    }

    void find(TurnContext ctx, String text, Optional<String> entityMention) {
        FindRequest req = FindRequest.parse(text, dates);
        String ws = ctx.workspace();
        List<Partnership> all = registry.list(ws);
        Partnership chosen = null;
        List<Partnership> ambiguous = List.of();
        for (FindRequest.Mention m : req.mentions()) {
            String[] words = m.text().split("\\s+");
            // Longest first: "water alliance budget" tries the whole, then "water alliance", then "water".
            for (int n = words.length; n >= 1 && chosen == null; n--) {
                String candidate = String.join(" ", Arrays.copyOf(words, n));
                Resolution r = matcher.resolve(candidate, all);
                if (r instanceof Resolution.Found f) {
                    chosen = f.partnership();
                    int end = m.start() + candidate.length();
                    req = req.without(m.start(), Math.min(end, req.words().length()));
                } else if (r instanceof Resolution.Ambiguous a && ambiguous.isEmpty()) {
                    ambiguous = a.options();
                }
            }
            if (chosen != null) {
                break;
            }
        }
        if (chosen == null) {
            List<Partnership> named = matcher.mentionedIn(req.words(), all);
            if (named.size() == 1) {
                chosen = named.get(0);
                req = withoutName(req, chosen);
            } else if (entityMention.isPresent()
                    && registry.resolve(ws, entityMention.get()) instanceof Resolution.Found f) {
                chosen = f.partnership();
                req = withoutName(req, chosen);
            }
        }
        String token = NoteIds.refOf(ids.next(""));
        NoteChatState.Search search = new NoteChatState.Search(token, req.searchText(),
                chosen == null ? null : chosen.id(), req.mine(), req.tag(), req.range().from(), req.range().to(),
                req.range() == DateRange.ANY ? null : req.range().label(), req.newestFirst(), 0);
        if (chosen == null && !ambiguous.isEmpty()) {
            ctx.state().set(NoteChatState.SEARCH, search);
            List<Action> actions = new ArrayList<>();
            ambiguous.stream().limit(AddNoteDialogue.MAX_CHOICES)
                    .forEach(p -> actions.add(new Action("notes-find:in:" + token + ":" + p.id(), p.name())));
            actions.add(new Action("notes-find:in:" + token + ":*", "All partnerships"));
            ctx.reply(Reply.withActions("Which partnership's notes do you mean?", actions));
            return;
        }
        show(ctx, search);
    }

    /** "Show more" and "which partnership?" buttons. */
    void onAction(TurnContext ctx, String argument) {
        String[] parts = argument.split(":", 3);
        Optional<NoteChatState.Search> last = ctx.state().get(NoteChatState.SEARCH)
                .filter(s -> parts.length >= 2 && s.token().equals(parts[1]));
        if (last.isEmpty()) {
            ctx.say("That search has expired. Ask again, e.g. \"notes about the MoU since March\".");
            return;
        }
        switch (parts[0]) {
            case "more" -> show(ctx, last.get().at(last.get().offset() + PAGE));
            case "in" -> {
                String id = parts.length == 3 ? parts[2] : "*";
                if (!id.equals("*") && registry.get(ctx.workspace(), id).isEmpty()) {
                    ctx.say("That partnership is no longer available.");
                    return;
                }
                show(ctx, last.get().withPartnership(id.equals("*") ? null : id).at(0));
            }
            default -> ctx.say("That button is no longer active.");
        }
    }

    private void show(TurnContext ctx, NoteChatState.Search s) {
        String viewer = ctx.turn().author();
        NoteQuery q = new NoteQuery(ctx.workspace(), viewer, s.words().isBlank() ? null : s.words(), s.partnershipId(),
                s.mine() ? viewer : null, s.tag(), s.from(), s.to(),
                s.newestFirst() ? NoteQuery.Sort.NEWEST : NoteQuery.Sort.RELEVANCE, s.offset(), PAGE);
        NotePage page = notes.search(q);
        ctx.state().set(NoteChatState.SEARCH, s);
        String filters = describe(ctx, s);
        if (page.total() == 0) {
            ctx.say("I found no notes" + filters + "." + (s.words().isBlank() && s.from() == null
                    ? "" : " Try fewer words or a wider time range."));
            return;
        }
        if (page.hits().isEmpty()) {
            ctx.say("That was all: " + page.total() + (page.total() == 1 ? " note" : " notes") + filters + ".");
            return;
        }
        Map<String, String> names = new HashMap<>();
        StringBuilder sb = new StringBuilder();
        sb.append(s.offset() == 0 ? "Found " : "More: ").append(page.total()).append(page.total() == 1 ? " note" : " notes")
                .append(filters);
        if (page.relaxed()) {
            sb.append(" (none had all your words, so these have some of them)");
        }
        sb.append(page.total() > 1 && s.offset() == 0
                ? (q.hasText() && !s.newestFirst() ? ", best match first:" : ", newest first:") : ":");
        NoteChatState.Seen seen = ctx.state().get(NoteChatState.SEEN).orElse(new NoteChatState.Seen(null));
        for (Note n : page.notes()) {
            String name = names.computeIfAbsent(n.partnershipId(),
                    id -> registry.get(ctx.workspace(), id).map(Partnership::name).orElse("(removed partnership)"));
            sb.append('\n').append(format.line(n, name));
            seen = seen.plus(n.id(), n.version());
        }
        ctx.state().set(NoteChatState.SEEN, seen);
        List<Action> actions = page.hasMore()
                ? List.of(new Action("notes-find:more:" + s.token(), "Show more")) : List.of();
        ctx.reply(Reply.withActions(sb.toString(), actions));
    }

    private String describe(TurnContext ctx, NoteChatState.Search s) {
        StringBuilder sb = new StringBuilder();
        if (s.partnershipId() != null) {
            sb.append(" for ").append(registry.get(ctx.workspace(), s.partnershipId()).map(Partnership::name).orElse("?"));
        }
        if (!s.words().isBlank()) {
            sb.append(" matching ").append(s.words().contains("\"") ? s.words() : "\"" + s.words() + "\"");
        }
        if (s.tag() != null) {
            sb.append(" tagged #").append(s.tag());
        }
        if (s.mine()) {
            sb.append(" written by you");
        }
        if (s.rangeLabel() != null) {
            sb.append(' ').append(s.rangeLabel());
        }
        return sb.toString();
    }

    private static FindRequest withoutName(FindRequest req, Partnership p) {
        List<String> names = new ArrayList<>(p.aliases());
        names.add(p.name());
        String words = req.words();
        for (String name : names) {
            words = Pattern.compile("(?i)\\b" + Pattern.quote(name) + "\\b").matcher(words).replaceAll(" ");
        }
        return new FindRequest(words, List.of(), req.range(), req.tag(), req.mine(), req.newestFirst());
    }
}
