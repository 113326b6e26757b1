package org.focalbot.bot.tenancy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import org.focalbot.bot.Platform;

/** One platform tenant, written "slack:T0123", "slack:E0456" (an enterprise), "teams:&lt;tenant id&gt;" or "web:local". */
public record TenantRef(Platform platform, String tenant) {

    public TenantRef {
        Objects.requireNonNull(platform, "platform");
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("a tenant id must not be empty");
        }
    }

    @JsonCreator
    public static TenantRef parse(String raw) {
        int colon = raw == null ? -1 : raw.indexOf(':');
        if (colon <= 0 || colon == raw.length() - 1) {
            throw new IllegalArgumentException("\"" + raw + "\" is not a tenant: write platform:id, e.g. slack:T0123 or "
                    + "teams:72f988bf-86f1-41af-91ab-2d7cd011db47");
        }
        String platform = raw.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        for (Platform p : Platform.values()) {
            if (p.id().equals(platform)) {
                return new TenantRef(p, raw.substring(colon + 1).strip());
            }
        }
        throw new IllegalArgumentException("unknown platform \"" + platform + "\" in \"" + raw + "\" (use slack, teams or web)");
    }

    /** The workspace this tenant has when it is not linked to any organisation. */
    public String ownWorkspace() {
        return platform.id() + ":" + tenant;
    }

    @JsonValue
    @Override
    public String toString() {
        return platform.id() + ":" + tenant;
    }
}
