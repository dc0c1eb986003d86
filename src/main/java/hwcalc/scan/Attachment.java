package hwcalc.scan;

import java.util.List;

/** What a found figure was attached to, or why it could not be, or why it is no hardware claim. */
public sealed interface Attachment {

    /** Attached: the subject and field; {@code fromContext} when the subject was named earlier in the paragraph, not in the sentence. */
    record Attached(Subject subject, Field field, boolean fromContext) implements Attachment {
    }

    /** Found, but not attachable: listed with the reason, never dropped. */
    record Unmatched(UnmatchedReason reason, Subject subject, List<String> candidates) implements Attachment {
        public Unmatched {
            candidates = List.copyOf(candidates);
        }
    }

    /** A figure that is not a hardware claim (shops, marketing shares, prices of software). */
    record NotHardware(NotHardwareReason reason) implements Attachment {
    }

    enum UnmatchedReason {
        /** No sheet, company or workload is named in the sentence or the paragraph before it. */
        NO_SUBJECT,
        /** The name fits several sheets (listed as candidates). */
        AMBIGUOUS_NAME
    }

    enum NotHardwareReason {
        /** Counted things are no hardware (shops, people, kinds). */
        COUNTS_NO_HARDWARE,
        /** The sentence names no hardware, no hardware maker and no hardware word. */
        NO_HARDWARE_IN_SENTENCE
    }
}
