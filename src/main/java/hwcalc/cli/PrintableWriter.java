package hwcalc.cli;

import hwcalc.report.SafeText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything hwcalc prints passes here: control characters and terminal escapes from a sheet's
 * name or a CSV cell are written as visible escapes ({@code \x1b}), so no input can drive the
 * terminal. Line breaks and tabs that hwcalc itself writes pass through.
 */
final class PrintableWriter extends FilterWriter {

    PrintableWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (ch >= 0x20 && ch < 0x7f || ch == '\n' || ch == '\r' || ch == '\t' || Character.isSurrogate(ch)) {
            out.write(c);
        } else {
            out.write(SafeText.terminal(String.valueOf(ch)));
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(buf[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(s.charAt(i));
        }
    }
}
