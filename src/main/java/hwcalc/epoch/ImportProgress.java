package hwcalc.epoch;

/** Told how far a long import has got: the CLI draws it on a terminal; tests and pipes ignore it. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    /**
     * @param phase what is being done ("reading rows", "writing sheets")
     * @param total how many there are in all, or -1 when not yet known
     */
    void at(String phase, long done, long total);
}
