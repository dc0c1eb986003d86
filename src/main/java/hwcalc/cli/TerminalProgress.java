package hwcalc.cli;

import hwcalc.epoch.ImportProgress;
import java.io.PrintWriter;

/**
 * Progress on one line of standard error, redrawn at most four times a second, and only when a
 * person is watching (a console): piped or captured output gets none of it.
 */
final class TerminalProgress implements ImportProgress {
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean shown;
    private long last = System.nanoTime();
    private int width;

    private TerminalProgress(PrintWriter err, boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    /** Progress on err when there is a console, else none. */
    static TerminalProgress on(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null);
    }

    @Override
    public void at(String phase, long done, long total) {
        long now = System.nanoTime();
        if (!shown || now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        String line = phase + " " + done + (total >= 0 ? " of " + total : "") + "...";
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Clears the line, so what follows starts clean. */
    void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
