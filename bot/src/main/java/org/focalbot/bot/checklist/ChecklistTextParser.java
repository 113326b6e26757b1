package org.focalbot.bot.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.focalbot.knowledge.checklist.Phase;

/**
 * Reads typed messages as checklist commands and answers, without the intent classifier: "done",
 * "we did that in March", "not yet — Ana, by 15 May", "skip the resources part", "why does this
 * matter?", "pause", "continue", "let's do the initiating checklist for the Water Alliance", "where are
 * we with the water alliance?". Anything it does not recognise is left to the normal intent routing.
 */
final class ChecklistTextParser {

    private static final String END = "(?=$|[\\s,;:.!—–-])";

    private static final Pattern DONE = Pattern.compile("^(?:(?:ok|okay|yes|yeah|yep)[,!.]?\\s+)?(?:all done"
            + "|already done|done already|done|completed?|finished|sorted|ticked|(?:it|that|this)(?:'s| is) done"
            + "|yes|yeah|yep|yup|we did|i did|they did|did (?:it|that)|we(?:'ve| have) (?:done|finished|completed|already)"
            + "|(?:it's |that's |already )?in place|[✓✔☑])" + END);
    private static final Pattern NOT_YET = Pattern.compile("^(?:not yet|not done(?: yet)?|not really|not started"
            + "|no,? not yet|nope|no(?! thanks| thank)|pending|in progress|ongoing|partly|partially|half done|almost"
            + "|nearly|(?:still |we're |we are )?working on it|still to do|to ?do|waiting (?:for|on)"
            + "|(?:we )?haven'?t|(?:we )?have not|not so far)" + END);
    private static final Pattern SKIP = Pattern.compile("^(?:skip(?: (?:it|this|that))?(?: one| item| step| question)?"
            + "(?: for now)?|next(?: one)?|pass|n/?a|not applicable|(?:it )?(?:doesn'?t|does not|don'?t|do not) apply"
            + "|not relevant(?: (?:here|for us))?|irrelevant)" + END);
    /** Words that add nothing to a bare answer ("done, thanks", "skip this one please"). */
    private static final Pattern FILLER = Pattern.compile("\\b(?:please|thanks|thank|you|it|that|this|already|now"
            + "|for|yet|one|item|step|too|as|well|then|is|done|all)\\b");

    private static final Pattern SKIP_PART = Pattern.compile("^skip\\b(?<rest>.*)$");
    private static final Pattern PART_WORDS = Pattern.compile("\\b(?:part|section|dimension|block|rest|all|whole"
            + "|remaining|bit)\\b");

    private static final Pattern WHY = Pattern.compile("^(?:and )?(?:why|why (?:does|would|should|do) (?:this|that|it)"
            + " (?:matter|count)(?: here| at all)?|why (?:is|was) (?:this|that|it) (?:important|needed|necessary"
            + "|relevant|useful|on the list|here)|why (?:do|should|would) (?:we|i) (?:need|do|care about|bother with)"
            + " (?:this|that|it)(?: step| item)?|why (?:this|that)(?: one| step| item)?|explain(?: (?:this|that|it|why))?"
            + "|tell me (?:more|why)|what'?s the point(?: of (?:this|that|it))?|what does (?:this|that) mean"
            + "|more info(?:rmation)?|why it matters|why does this matter)$");
    private static final Pattern PAUSE = Pattern.compile("^(?:stop|pause|pause (?:it|this|here|the checklist)"
            + "|(?:let'?s|let us) (?:stop|pause)(?: (?:here|for now|now|for today))?|stop (?:here|for now|the checklist"
            + "|now|for today)|(?:let'?s )?take a break|break|later|(?:let'?s )?continue later|not now"
            + "|that'?s enough(?: for (?:now|today))?|enough for (?:now|today)|i(?:'ll| will) (?:come back|continue)"
            + " later|hold on)$");
    private static final Pattern RESUME = Pattern.compile("^(?:continue|resume|go on|carry on|keep going|go ahead"
            + "|(?:let'?s|let us) (?:continue|go on|carry on|resume|keep going|get back to it)|where were we"
            + "|back to (?:it|the checklist)|continue (?:the )?checklist|pick up where we left off|next item)$");

    private static final Pattern START_VERB = Pattern.compile("(?:\\b(?:let'?s|let us) (?:do|go through|start|run"
            + "|begin|work through|tackle|continue|resume|pick up)\\b|\\b(?:walk|take|guide|talk) (?:me|us) through\\b"
            + "|\\b(?:go|run|work) through\\b|^(?:please )?(?:start|begin|resume|continue|open|run|launch|do the)\\b"
            + "|\\b(?:can|could) (?:you|we) (?:start|begin|do|run|open|go through|walk (?:me|us) through)\\b)");
    private static final Pattern RESUME_VERB = Pattern.compile("^(?:please )?(?:let'?s )?(?:continue|resume|pick up"
            + "|get back to)\\b");
    private static final Pattern WANT = Pattern.compile("\\b(?:i'?d like|i would like|we'?d like|we would like"
            + "|i want|we want|i need|we need)\\b");
    private static final Pattern CHECKLIST_FIRST = Pattern.compile("^(?:the )?(?:[a-z&]+ ){0,2}checklist\\b");
    private static final Pattern STATUS = Pattern.compile("^(?:where (?:are|do) we(?: stand| at)?|how far (?:are|have)"
            + " we|how are we doing|how(?:'s| is) (?:it|the checklist) going|what'?s (?:the |our |my )?(?:status"
            + "|progress)|what is (?:the |our |my )?(?:status|progress)|(?:checklist )?(?:status|progress)"
            + "(?: report| update)?|show (?:me |us )?(?:the )?(?:status|progress|open actions|open items)"
            + "|which items are (?:done|open|left|missing|outstanding)|what'?s (?:left|open|outstanding|pending"
            + "|still open)|what is (?:left|open|outstanding|pending)|(?:list |show )?open (?:actions|items))\\b");
    private static final int MAX_STATUS_WORDS = 12;
    private static final Pattern EXPORT = Pattern.compile("^(?:please )?(?:export|download)\\b|\\bmarkdown export\\b");

    /** Parses {@code text}; {@code today} anchors relative due dates. */
    Optional<ChecklistCommand> parse(String text, LocalDate today) {
        String original = text.strip();
        String lower = normalise(original);
        if (lower.isEmpty()) {
            return Optional.empty();
        }
        String bare = lower.replaceAll("[\\s.!?]+$", "").replaceAll("\\s*,?\\s*please$", "");
        if (WHY.matcher(bare).matches()) {
            return Optional.of(new ChecklistCommand.Why());
        }
        if (PAUSE.matcher(bare).matches()) {
            return Optional.of(new ChecklistCommand.Pause());
        }
        if (RESUME.matcher(bare).matches()) {
            return Optional.of(new ChecklistCommand.Resume());
        }
        Optional<ChecklistCommand> part = skipPart(lower);
        if (part.isPresent()) {
            return part;
        }
        if (EXPORT.matcher(lower).find()) {
            return Optional.of(new ChecklistCommand.Export(Mentions.find(original).orElse(null)));
        }
        if (STATUS.matcher(lower).find() && lower.split(" +").length <= MAX_STATUS_WORDS) {
            return Optional.of(new ChecklistCommand.Status(Mentions.find(original).orElse(null)));
        }
        Optional<ChecklistCommand> start = start(original, lower);
        if (start.isPresent()) {
            return start;
        }
        // A question is not an answer, whatever word it starts with.
        if (lower.endsWith("?")) {
            return Optional.empty();
        }
        return answer(original, lower, today);
    }

    /** Reads a message that should only carry an owner and/or a due date ("Ana, by 15 May"). */
    Optional<ChecklistCommand.Details> details(String text, LocalDate today) {
        String original = text.strip();
        Optional<Owners.Found> owner = Owners.find(original);
        Optional<DueDates.Found> due = DueDates.find(original, today);
        if (owner.isEmpty() && due.isEmpty()) {
            return Optional.empty();
        }
        List<int[]> spans = new ArrayList<>();
        owner.ifPresent(o -> spans.add(new int[] {o.start(), o.end()}));
        due.ifPresent(d -> spans.add(new int[] {d.start(), d.end()}));
        spans.sort((x, y) -> Integer.compare(y[0], x[0]));
        // Cut the later span first so the earlier one's offsets stay valid; overlapping spans are cut once.
        String rest = original;
        int cutFrom = original.length();
        for (int[] span : spans) {
            if (span[1] <= cutFrom) {
                rest = cut(rest, span[0], span[1]);
                cutFrom = span[0];
            }
        }
        String left = FILLER.matcher(normalise(rest).replaceAll("[^\\p{L}\\s]", " "))
                .replaceAll(" ").replaceAll("\\b(?:owner|due|by|do|will|the|and|on|before|take|takes)\\b", " ").strip();
        if (!left.isEmpty() && left.split("\\s+").length > 2) {
            return Optional.empty();
        }
        return Optional.of(new ChecklistCommand.Details(owner.map(Owners.Found::name).orElse(null),
                due.map(DueDates.Found::date).orElse(null)));
    }

    /** Reads the phase in a message such as "the planning one" or "initiating". */
    Optional<Phase> phase(String text) {
        return PhaseNames.find(normalise(text));
    }

    /** A start request read from any message (used when the classifier already said start_checklist). */
    ChecklistCommand.Start startParts(String text) {
        String original = text.strip();
        String mention = Mentions.find(original).orElse(null);
        String withoutMention = mention == null ? original : original.replace(mention, " ");
        return new ChecklistCommand.Start(PhaseNames.find(normalise(withoutMention)).orElse(null), mention);
    }

    private Optional<ChecklistCommand> start(String original, String lower) {
        boolean checklist = lower.contains("checklist");
        ChecklistCommand.Start parts = startParts(original);
        boolean phase = parts.phase() != null;
        boolean verb = START_VERB.matcher(lower).find();
        boolean resumeNamed = RESUME_VERB.matcher(lower).find() && parts.mention() != null;
        if ((verb && (checklist || phase)) || resumeNamed || (WANT.matcher(lower).find() && checklist)
                || CHECKLIST_FIRST.matcher(lower).find()) {
            return Optional.of(parts);
        }
        return Optional.empty();
    }

    private Optional<ChecklistCommand> skipPart(String lower) {
        Matcher m = SKIP_PART.matcher(lower);
        if (!m.matches()) {
            return Optional.empty();
        }
        // "skip it, not relevant for our organisation" names a dimension only in its remark.
        String rest = m.group("rest").split("[,;:—–]| - ", 2)[0];
        var dimension = DimensionNames.find(rest);
        if (dimension.isEmpty() && !PART_WORDS.matcher(rest).find()) {
            return Optional.empty();
        }
        return Optional.of(new ChecklistCommand.SkipPart(dimension.orElse(null)));
    }

    private Optional<ChecklistCommand> answer(String original, String lower, LocalDate today) {
        ItemStatus status;
        Matcher m;
        if ((m = SKIP.matcher(lower)).find()) {
            status = ItemStatus.SKIPPED;
        } else if ((m = NOT_YET.matcher(lower)).find()) {
            status = ItemStatus.NOT_YET;
        } else if ((m = DONE.matcher(lower)).find()) {
            status = ItemStatus.DONE;
        } else {
            return Optional.empty();
        }
        // Offsets of the normalised text match the original's: normalising only swaps single characters.
        String rest = original.substring(Math.min(m.end(), original.length())).replaceFirst("^[\\s,;:.!—–-]+", "");
        String meaningful = FILLER.matcher(normalise(rest).replaceAll("[^\\p{L}\\p{N}\\s]", " ")).replaceAll(" ")
                .strip();
        boolean bare = meaningful.isEmpty();
        String remark = bare ? null : original;
        String owner = null;
        LocalDate due = null;
        if (status == ItemStatus.NOT_YET && !bare) {
            owner = Owners.find(rest).map(Owners.Found::name).orElse(null);
            due = DueDates.find(rest, today).map(DueDates.Found::date).orElse(null);
        }
        return Optional.of(new ChecklistCommand.Answer(status, remark, owner, due));
    }

    /** Lower case, typographic quotes straightened, any whitespace made a space; keeps character offsets. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"')
                .replace('”', '"').replaceAll("\\s", " ").strip();
    }

    private static String cut(String text, int start, int end) {
        return text.substring(0, start) + " " + text.substring(end);
    }
}
