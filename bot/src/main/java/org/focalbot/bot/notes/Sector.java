package org.focalbot.bot.notes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The kind of organisation a partner is, as the ILO guide groups stakeholders. */
public enum Sector {
    GOVERNMENT("government", "government"),
    PRIVATE_SECTOR("private-sector", "private sector"),
    CIVIL_SOCIETY("civil-society", "civil society"),
    UN_MULTILATERAL("un-multilateral", "UN/multilateral"),
    WORKERS_EMPLOYERS("workers-employers", "workers/employers");

    private static final Pattern UN = Pattern.compile(
            "^(un|un-\\w+|unicef|undp|unep|unesco|unhcr|unfpa|unops|unido|unaids|ilo|who|wfp|fao|ifad|iom|itu|wto|imf"
                    + "|world bank|world health organization|united nations.*|.*\\b(development bank|un agency)\\b.*)$");
    private static final Pattern GOVERNMENT_WORDS = Pattern.compile(
            ".*\\b(ministry|government|municipality|municipal|county|city of|city council|council|department of"
                    + "|agency for|authority|state of|province|parliament|embassy)\\b.*");
    private static final Pattern WORKERS_WORDS = Pattern.compile(
            ".*\\b(union|unions|federation of (labour|labor|workers|employers)|employers|workers|trade union"
                    + "|chamber of commerce|confederation)\\b.*");
    private static final Pattern CIVIL_WORDS = Pattern.compile(
            ".*\\b(ngo|foundation|association|society|trust|network|charity|initiative|institute|university|cooperative)\\b.*");
    private static final Pattern PRIVATE_WORDS = Pattern.compile(
            ".*\\b(ltd|limited|inc|corp|corporation|company|co|plc|gmbh|sa|llc|group|bank|holdings|industries)\\b.*");

    private final String id;
    private final String label;

    Sector(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Stable id used in stored records and the JSON API, e.g. "private-sector". */
    @JsonValue
    public String id() {
        return id;
    }

    /** Human label, e.g. "UN/multilateral". */
    public String label() {
        return label;
    }

    /** Reads an id or a label in any case ("Private sector", "un", "workers/employers"). */
    @JsonCreator
    public static Sector parse(String raw) {
        return find(raw).orElseThrow(() -> new IllegalArgumentException("unknown sector \"" + raw
                + "\" (use government, private-sector, civil-society, un-multilateral or workers-employers)"));
    }

    public static Optional<Sector> find(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Sector sector : values()) {
            if (sector.id.equals(s) || sector.label.toLowerCase(Locale.ROOT).equals(s)) {
                return Optional.of(sector);
            }
        }
        return switch (s) {
            case "private", "business", "company" -> Optional.of(PRIVATE_SECTOR);
            case "un", "multilateral", "un agency", "un/multilateral" -> Optional.of(UN_MULTILATERAL);
            case "ngo", "civil society organisation", "cso" -> Optional.of(CIVIL_SOCIETY);
            case "workers", "employers", "social partners", "trade union" -> Optional.of(WORKERS_EMPLOYERS);
            case "public", "public sector" -> Optional.of(GOVERNMENT);
            default -> Optional.empty();
        };
    }

    /**
     * A best guess from an organisation's name, used when a partnership is created in chat without
     * sectors ("with UN-Habitat and Acme"); empty when the name says nothing, so no sector is invented.
     */
    public static Optional<Sector> guess(String organisation) {
        String s = organisation.strip().toLowerCase(Locale.ROOT);
        if (UN.matcher(s).matches()) {
            return Optional.of(UN_MULTILATERAL);
        }
        if (WORKERS_WORDS.matcher(s).matches()) {
            return Optional.of(WORKERS_EMPLOYERS);
        }
        if (GOVERNMENT_WORDS.matcher(s).matches()) {
            return Optional.of(GOVERNMENT);
        }
        if (PRIVATE_WORDS.matcher(s).matches()) {
            return Optional.of(PRIVATE_SECTOR);
        }
        if (CIVIL_WORDS.matcher(s).matches()) {
            return Optional.of(CIVIL_SOCIETY);
        }
        return Optional.empty();
    }
}
