package hwcalc.cli;

/** The exit codes of every command, shown in --help, and the one place exceptions become codes. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A check found errors, or a claim's verdict differs from the expected one. */
    public static final int CHECK_FAILED = 1;
    /** Bad usage or bad input: unknown option or id, unreadable or invalid spec data. */
    public static final int BAD_INPUT = 2;
    /** A bug in hwcalc: anything that is not one of the typed user errors below. */
    public static final int INTERNAL_ERROR = 3;

    /**
     * The one mapping from an exception to an exit code (picocli's exit-code exception mapper):
     * typed user-input errors are 2; everything else, a plain IllegalArgumentException included,
     * is a bug (3).
     */
    public static int of(Throwable t) {
        if (t instanceof hwcalc.spec.SpecException || t instanceof hwcalc.units.InputException
                || t instanceof picocli.CommandLine.ParameterException) {
            return BAD_INPUT;
        }
        return INTERNAL_ERROR;
    }

    private ExitCodes() {
    }
}
