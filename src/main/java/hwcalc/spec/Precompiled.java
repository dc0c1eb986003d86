package hwcalc.spec;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bundled sheets and price files bound at build time: the build reads each one as a run
 * would, then writes Java that constructs the same objects ({@code hwcalc.spec.BundledSheets},
 * one class per file). A run that uses a bundled sheet then neither decodes its tree nor binds
 * it, nor parses its units and numbers: that reading and binding was about a third of compare's
 * time in the JVM (issue 17). PrecompiledTest holds every generated value equal to the YAML's.
 */
public final class Precompiled {

    static final String CLASS = "hwcalc.spec.BundledSheets";

    private static final Function<String, Object> GENERATED = generated();

    private Precompiled() {
    }

    @SuppressWarnings("unchecked")
    private static Function<String, Object> generated() {
        try {
            return (Function<String, Object>) Class.forName(CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return path -> null; // compiled without the build's process-classes step (an IDE): bind the YAML
        }
    }

    /** The bundled sheet at {@code path} (below specs/, e.g. nvidia-dgx-1.yaml) as the build bound it, or null. */
    public static SpecSheet sheet(String path) {
        return GENERATED.apply(path) instanceof SpecSheet s ? s : null;
    }

    /** The bundled price file at {@code path} (below specs/, e.g. prices/epoch/nvidia-h100.yaml) as the build bound it, or null. */
    public static PriceFile prices(String path) {
        return GENERATED.apply(path) instanceof PriceFile p ? p : null;
    }

    /** Whether the build generated the classes (their dispatcher answers "" with true): then a path they lack is no bundled file. */
    public static boolean isGenerated() {
        return GENERATED.apply("") != null;
    }

    /**
     * The sources to compile: one class per file, named by its index in {@code values} (path to
     * sheet or price file), and the dispatcher. Each top-level component is a method of its own,
     * so no method nears the class file's 64 KB limit.
     */
    static Map<String, String> sources(Map<String, Object> values) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder dispatch = new StringBuilder("package hwcalc.spec;\n\n/** Generated at build time by hwcalc.spec.Precompiled. */\n"
                + "final class BundledSheets implements java.util.function.Function<String, Object> {\n"
                + "    @Override\n    public Object apply(String path) {\n        switch (path) {\n"
                + "            case \"\":\n                return Boolean.TRUE;\n");
        int n = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String name = CLASS + n;
            out.put(name, sourceOf(name.substring(name.lastIndexOf('.') + 1), e.getKey(), (Record) e.getValue()));
            dispatch.append("            case ").append(BundledData.literal(e.getKey())).append(":\n                return ")
                    .append(name.substring(name.lastIndexOf('.') + 1)).append(".value();\n");
            n++;
        }
        dispatch.append("            default:\n                return null;\n        }\n    }\n}\n");
        out.put(CLASS, dispatch.toString());
        return out;
    }

    private static String sourceOf(String simpleName, String path, Record value) {
        StringBuilder src = new StringBuilder("package hwcalc.spec;\n\n/** Generated at build time by hwcalc.spec.Precompiled from specs/")
                .append(path.replace("*/", "*\\/")).append(". */\nfinal class ").append(simpleName).append(" {\n");
        RecordComponent[] parts = value.getClass().getRecordComponents();
        StringBuilder args = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            src.append("    private static ").append(parts[i].getGenericType().getTypeName().replace('$', '.'))
                    .append(" c").append(i).append("() {\n        return ").append(expression(component(value, parts[i])))
                    .append(";\n    }\n\n");
            args.append(i == 0 ? "" : ", ").append('c').append(i).append("()");
        }
        src.append("    static ").append(typeName(value.getClass())).append(" value() {\n        return new ")
                .append(typeName(value.getClass())).append('(').append(args).append(");\n    }\n}\n");
        return src.toString();
    }

    /** {@code v} as a Java expression that constructs an equal value; a type the spec model does not use fails the build. */
    static String expression(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return BundledData.literal(s);
        }
        if (v instanceof Integer i) {
            return "Integer.valueOf(" + i + ")";
        }
        if (v instanceof Long l) {
            return "Long.valueOf(" + l + "L)";
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof BigDecimal d) {
            return "new java.math.BigDecimal(\"" + d + "\")"; // toString keeps the scale, which equals compares
        }
        if (v instanceof Enum<?> e) {
            return typeName(e.getDeclaringClass()) + "." + e.name();
        }
        if (v instanceof hwcalc.units.Unit u) { // its named units and powers: no unit parser runs
            List<String> symbols = new ArrayList<>();
            for (String symbol : u.symbols()) {
                symbols.add(BundledData.literal(symbol));
            }
            return "hwcalc.units.Unit.product(new String[] {" + String.join(", ", symbols) + "}, new int[] {"
                    + String.join(", ", java.util.Arrays.stream(u.powers()).mapToObj(String::valueOf).toList()) + "})";
        }
        if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(x -> items.add(expression(x)));
            return "java.util.List.of(" + String.join(", ", items) + ")";
        }
        if (v instanceof Map<?, ?> map) { // insertion order kept, for a record that keeps the map as given
            List<String> items = new ArrayList<>();
            map.forEach((k, x) -> items.add(expression(k) + ", " + expression(x)));
            return "hwcalc.spec.Precompiled.map(" + String.join(", ", items) + ")";
        }
        if (v instanceof Record r) {
            List<String> items = new ArrayList<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object x = component(r, c);
                items.add(c.getType() == int.class || c.getType() == long.class || c.getType() == boolean.class
                        ? String.valueOf(x) + (c.getType() == long.class ? "L" : "") : expression(x));
            }
            return "new " + typeName(r.getClass()) + "(" + String.join(", ", items) + ")";
        }
        throw new IllegalStateException("no Java expression for a " + v.getClass().getName() + " in the spec model");
    }

    /** A map as the generated classes write one, in the order written (the record then copies it as a bound one does). */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> map(Object... keysAndValues) {
        Map<K, V> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return m;
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + r.getClass().getName() + "." + c.getName(), e);
        }
    }

    private static String typeName(Class<?> c) {
        return c.getName().replace('$', '.');
    }

    /** The bundled files below {@code classes/specs}, bound as a run binds them, by path below specs/. */
    static Map<String, Object> bound(Path classes) {
        SpecLoader.Loaded all = SpecLoader.load(SpecLoader.folderFiles(classes.resolve(SpecLoader.BUNDLED_PREFIX), "specs"));
        Map<String, Object> values = new LinkedHashMap<>();
        all.sheets().forEach(s -> values.put(s.file().substring(SpecLoader.BUNDLED_PREFIX.length()), s));
        all.priceFiles().forEach(p -> values.put(p.file().substring(SpecLoader.BUNDLED_PREFIX.length()), p));
        return values;
    }

    /** Build time, after the index: compiles the bundled files' classes into the classes folder {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        GeneratedClass.compile(sources(bound(classes)), classes);
    }
}
