package hwcalc.scan;

import java.util.List;

/** What a figure speaks of, as named in the text. */
public sealed interface Subject {

    /** The words as printed ("DGX-1", "Tesla P100", "輝達"). */
    String asked();

    /** A sheet of the catalogue, by id, alias, family or its display name. */
    record Sheet(String id, String asked, NameMatch match) implements Subject {
    }

    /** A name several sheets fit ("B200", "DGX"): never guessed, the candidates are listed. */
    record Ambiguous(String asked, List<String> candidates) implements Subject {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** Something that is not a sheet: a company, a model, a workload ({@code key}: nvidia, alexnet, ai-training). */
    record Named(String key, NamedKind kind, String asked) implements Subject {
    }

    /** How a sheet name matched. */
    enum NameMatch { ID, ALIAS, FAMILY, DISPLAY_NAME, CONTEXT }

    /** What a non-sheet subject is. */
    enum NamedKind {
        /** A company that makes AI hardware (its market value and stock are figures a reader checks). */
        HARDWARE_COMPANY,
        /** Any other company or lab. */
        COMPANY,
        /** A model or training run (AlexNet, frontier training compute). */
        WORKLOAD
    }
}
