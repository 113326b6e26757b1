package org.focalbot.bot.nlu;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import org.focalbot.knowledge.checklist.Phase;

/**
 * What a message refers to, as found in its text. The partnership is the mention as written,
 * without a leading "the" ("water alliance"); resolving it to a stored partnership is the registry's job.
 *
 * @param partnership a partnership mention, if any
 * @param phase       a checklist phase, if named (including everyday variants such as "planning")
 * @param noteText    the content of a note to save, without the command words around it
 * @param weekday     a day of the week (digest scheduling)
 * @param time        a time of day (digest scheduling)
 */
public record Entities(Optional<String> partnership, Optional<Phase> phase, Optional<String> noteText,
                       Optional<DayOfWeek> weekday, Optional<LocalTime> time) {

    public static final Entities NONE = new Entities(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());
}
