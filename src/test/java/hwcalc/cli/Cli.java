package hwcalc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs hwcalc in-process and captures what it prints. */
public record Cli(int code, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString());
    }
}
