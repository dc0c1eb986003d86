package hwcalc.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled data a run reads (the sheets' index and parsed trees, the CPI series), from a class
 * the build generates, {@code hwcalc.spec.BundledBytes}, else from the class path. A class, not a
 * resource: it comes from the class-data-sharing archive with hwcalc's other classes, where the
 * first resource read initialised the JDK's module image reader and opened the 11,000-entry jar
 * (about 25 ms of a 240 ms compare, issue 17). Each file is a string constant of its own, made a
 * String only when a run asks for it.
 */
public final class BundledData {

    static final String CLASS = "hwcalc.spec.BundledBytes";
    /** What the class holds: the files below these folders of the build's classes, and these files. */
    static final List<String> FOLDERS = List.of("hwcalc/spec/trees");
    static final List<String> FILES = List.of("hwcalc/spec/bundled.index", "hwcalc/cpi-u.csv");
    /** Characters per string constant: a class file's constant holds 65,535 bytes, a NUL or a byte above 127 takes two. */
    static final int CHUNK = 30_000;

    private static final java.util.function.Function<String, String> GENERATED = generated();
    private static final boolean IS_GENERATED = !(GENERATED instanceof None);

    /** No generated class: every name is looked up on the class path. */
    private static final class None implements java.util.function.Function<String, String> {
        @Override
        public String apply(String name) {
            return null;
        }
    }

    private BundledData() {
    }

    @SuppressWarnings("unchecked")
    private static java.util.function.Function<String, String> generated() {
        try {
            return (java.util.function.Function<String, String>) Class.forName(CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return new None(); // compiled without the build's process-classes step (an IDE): the class path
        }
    }

    /** The bundled file {@code name} (a class-path name such as hwcalc/cpi-u.csv), or null if there is none. */
    public static byte[] bytes(String name) {
        String held = GENERATED.apply(name);
        if (held != null) {
            return held.getBytes(StandardCharsets.ISO_8859_1);
        }
        if (covers(name)) {
            return null; // the class holds every such file the build wrote: a miss is a miss, with no jar opened
        }
        try (InputStream in = BundledData.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the build generated the class: then it holds every tree, and {@link #bytes} of a tree it lacks is null. */
    public static boolean isGenerated() {
        return IS_GENERATED;
    }

    private static boolean covers(String name) {
        return IS_GENERATED && (FILES.contains(name) || FOLDERS.stream().anyMatch(f -> name.startsWith(f + "/")));
    }

    /** Whether {@code name} comes from the generated class (tests: the build made it, and holds this file). */
    static boolean generatedHolds(String name) {
        return GENERATED.apply(name) != null;
    }

    /** The class-path names of the files the generated class holds, found in the classes folder {@code classes}. */
    static List<String> held(Path classes) throws IOException {
        List<String> names = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = classes.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> all = Files.walk(dir)) {
                    all.filter(Files::isRegularFile).map(p -> classes.relativize(p).toString().replace('\\', '/')).sorted()
                            .forEach(names::add);
                }
            }
        }
        for (String f : FILES) {
            if (Files.isRegularFile(classes.resolve(f))) {
                names.add(f);
            }
        }
        return names;
    }

    /**
     * The generated class's source: a switch from each name to its bytes as ISO 8859-1 text, in
     * chunks (a constant expression would be folded into one too large constant). JSON's string
     * escapes (Jackson's encoder) are valid in a Java literal too.
     */
    static String source(Path classes, List<String> names) throws IOException {
        StringBuilder src = new StringBuilder("package hwcalc.spec;\n\n/** Generated at build time by hwcalc.spec.BundledData. */\n"
                + "final class BundledBytes implements java.util.function.Function<String, String> {\n"
                + "    @Override\n    public String apply(String name) {\n        switch (name) {\n");
        for (String name : names) {
            String text = new String(Files.readAllBytes(classes.resolve(name)), StandardCharsets.ISO_8859_1);
            src.append("            case ").append(literal(name)).append(":\n                return String.join(\"\"");
            for (int i = 0; i < text.length(); i += CHUNK) {
                src.append(",\n                        ").append(literal(text.substring(i, Math.min(text.length(), i + CHUNK))));
            }
            src.append(");\n");
        }
        return src.append("            default:\n                return null;\n        }\n    }\n}\n").toString();
    }

    /** {@code s} as a Java string literal (also for the generated sheets, Precompiled). */
    static String literal(String s) {
        return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /** Build time, after the index and trees are written: compiles {@code hwcalc.spec.BundledBytes} into the classes folder {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        GeneratedClass.compile(CLASS, source(classes, held(classes)), classes);
    }
}
