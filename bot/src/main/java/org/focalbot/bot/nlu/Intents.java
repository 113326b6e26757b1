package org.focalbot.bot.nlu;

import java.util.List;

/** The intent labels of the public contract, exactly as DESIGN.md spells them. */
public final class Intents {
    private Intents() {
    }

    public static final String GREET = "greet";
    public static final String HELP = "help";
    public static final String ASK_GUIDELINE = "ask_guideline";
    public static final String START_CHECKLIST = "start_checklist";
    public static final String CHECKLIST_STATUS = "checklist_status";
    public static final String ADD_NOTE = "add_note";
    public static final String FIND_NOTES = "find_notes";
    public static final String DIGEST = "digest";
    public static final String GOODBYE = "goodbye";
    public static final String OUT_OF_SCOPE = "out_of_scope";

    public static final List<String> ALL = List.of(GREET, HELP, ASK_GUIDELINE, START_CHECKLIST, CHECKLIST_STATUS,
            ADD_NOTE, FIND_NOTES, DIGEST, GOODBYE, OUT_OF_SCOPE);
}
