package hwcalc.spec;

import java.util.List;

/** Announcement and availability dates, which often differ. */
public record Dates(PartialDate announced, PartialDate available, List<String> sources) {
    public static final Dates NONE = new Dates(null, null, List.of());

    /** The release date for trends: availability when known, else announcement. */
    public PartialDate release() {
        return available != null ? available : announced;
    }
}
