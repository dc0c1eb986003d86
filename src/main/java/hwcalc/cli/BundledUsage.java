package hwcalc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * The top-level usage ({@code hwcalc --help}), rendered by picocli at build time (the
 * process-classes phase runs {@link #main}) into a generated class, {@code hwcalc.cli.UsageText},
 * so a run that only asks for it builds no command model (issue 17). A class, not a resource:
 * it comes from the class-data-sharing archive, where a resource would open the 11,000-entry jar.
 * A build without the class, or a run that changes how picocli lays usage out (its
 * {@code picocli.usage.width} property), renders the usage as before.
 */
public final class BundledUsage {

    static final String CLASS = "hwcalc.cli.UsageText";

    private BundledUsage() {
    }

    /** Whether these arguments only ask for the top-level usage. */
    static boolean asked(String... args) {
        return args.length == 0 || args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"));
    }

    /** The usage rendered at build time; null when the build made none or picocli would lay it out otherwise. */
    static String bundled() {
        if (System.getProperty("picocli.usage.width") != null) {
            return null;
        }
        try {
            return (String) Class.forName(CLASS).getDeclaredField("TEXT").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null; // compiled without the build's process-classes step (an IDE): picocli renders it
        }
    }

    /** The usage as picocli prints it for {@code hwcalc --help}. */
    static String rendered() {
        StringWriter text = new StringWriter();
        PrintWriter none = new PrintWriter(new StringWriter());
        Main.commandLine(new PrintWriter(text), none).usage(new PrintWriter(text, true));
        return text.toString();
    }

    /**
     * The generated class's source: the usage as one string constant. JSON's string escapes
     * (Jackson's encoder: quote, backslash, control characters) are valid in a Java literal too.
     */
    static String source(String usage) {
        String literal = "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(usage)) + "\"";
        return "package hwcalc.cli;\n\n/** Generated at build time by hwcalc.cli.BundledUsage: hwcalc --help. */\n"
                + "final class UsageText {\n    static final String TEXT = " + literal + ";\n\n    private UsageText() {\n    }\n}\n";
    }

    /** Build time: compiles {@code hwcalc.cli.UsageText} into the classes folder {@code args[0]}. */
    public static void main(String[] args) {
        hwcalc.spec.GeneratedClass.compile(CLASS, source(rendered()), Path.of(args[0]));
    }
}
