package hwcalc.spec;

import java.util.List;

/**
 * Announcement, launch (first shipment to customers) and general-availability dates, which
 * often differ; any may be null.
 */
public record Dates(PartialDate announced, PartialDate launched, PartialDate available, List<String> sources) {
    public static final Dates NONE = new Dates(null, null, null, List.of());

    public Dates {
        sources = List.copyOf(sources);
    }

    public Dates(PartialDate announced, PartialDate available, List<String> sources) {
        this(announced, null, available, sources);
    }

    /** The release date for trends: availability when known, else launch, else announcement. */
    public PartialDate release() {
        return available != null ? available : launched != null ? launched : announced;
    }
}
