package hwcalc.cli;

/** The exit codes of every command, shown in --help. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A check found errors, or a claim's verdict differs from the expected one. */
    public static final int CHECK_FAILED = 1;
    /** Bad usage or bad input: unknown option or id, unreadable or invalid spec data. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
