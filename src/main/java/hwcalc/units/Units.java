package hwcalc.units;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The registry of named units: FLOP rates and counts, integer op rates, bytes (decimal and
 * binary prefixes kept apart), byte rates, power, energy, frequency, mass, length, time and money.
 * Every factor is exact.
 */
public final class Units {

    private static final String[] SI = {"", "k", "M", "G", "T", "P", "E", "Z", "Y"};
    /** The prefixes as press writes them out: "teraflops", "petaFLOPS". */
    private static final String[] SI_WORDS = {"", "kilo", "mega", "giga", "tera", "peta", "exa", "zetta", "yotta"};
    private static final Set<String> CURRENCIES = Set.of("USD", "EUR", "GBP", "JPY", "TWD", "CNY");

    private static final Map<String, NamedUnit> BY_SYMBOL = new LinkedHashMap<>();
    /** Accepted spellings that map to a canonical symbol (TFLOP/s is read as TFLOPS). */
    private static final Map<String, String> SPELLINGS = new LinkedHashMap<>();
    private static final Map<Dimension, String> DIMENSION_NAMES = new LinkedHashMap<>();

    public static final Dimension FLOP = Dimension.of("FLOP");
    public static final Dimension OP = Dimension.of("OP");
    public static final Dimension BYTE = Dimension.of("B");
    public static final Dimension SECOND = Dimension.of("s");
    public static final Dimension JOULE = Dimension.of("J");
    public static final Dimension GRAM = Dimension.of("g");
    public static final Dimension METRE = Dimension.of("m");
    public static final Dimension FLOP_RATE = FLOP.dividedBy(SECOND);
    public static final Dimension OP_RATE = OP.dividedBy(SECOND);
    public static final Dimension BYTE_RATE = BYTE.dividedBy(SECOND);
    public static final Dimension POWER = JOULE.dividedBy(SECOND);
    public static final Dimension FREQUENCY = SECOND.pow(-1);

    static {
        for (int i = 0; i < SI.length; i++) {
            BigDecimal f = BigDecimal.TEN.pow(3 * i);
            String p = SI[i];
            define(p + "FLOPS", f, FLOP_RATE);
            SPELLINGS.put(p + "FLOP/s", p + "FLOPS");
            if (i > 0) { // press spellings, as pasted from articles; a bare "FLOPs" stays unread (ML papers mean a count)
                SPELLINGS.put(p + "FLOPs", p + "FLOPS");
                String w = SI_WORDS[i];
                String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                for (String spelling : new String[] {w + "flops", w + "FLOPS", cap + "FLOPS", cap + "flops"}) {
                    SPELLINGS.put(spelling, p + "FLOPS");
                }
            }
            define(p + "FLOP", f, FLOP);
            define(p + "OPS", f, OP_RATE);
            SPELLINGS.put(p + "OP/s", p + "OPS");
            define(p + "OP", f, OP);
            if (i <= 5) {
                define(p + "B", f, BYTE);
                define(p + "Hz", f, FREQUENCY);
            }
        }
        String[] bin = {"Ki", "Mi", "Gi", "Ti", "Pi"};
        for (int i = 0; i < bin.length; i++) {
            define(bin[i] + "B", BigDecimal.valueOf(2).pow(10 * (i + 1)), BYTE);
        }
        define("bit", new BigDecimal("0.125"), BYTE);
        define("W", BigDecimal.ONE, POWER);
        define("kW", new BigDecimal("1e3"), POWER);
        define("MW", new BigDecimal("1e6"), POWER);
        define("J", BigDecimal.ONE, JOULE);
        define("kJ", new BigDecimal("1e3"), JOULE);
        define("MJ", new BigDecimal("1e6"), JOULE);
        define("Wh", new BigDecimal("3600"), JOULE);
        define("kWh", new BigDecimal("3.6e6"), JOULE);
        define("MWh", new BigDecimal("3.6e9"), JOULE);
        define("s", BigDecimal.ONE, SECOND);
        define("ms", new BigDecimal("1e-3"), SECOND);
        define("min", new BigDecimal("60"), SECOND);
        define("h", new BigDecimal("3600"), SECOND);
        define("day", new BigDecimal("86400"), SECOND);
        // a Julian year: what "per year" means for energy cost and doubling times
        define("yr", new BigDecimal("31557600"), SECOND);
        define("g", BigDecimal.ONE, GRAM);
        define("kg", new BigDecimal("1e3"), GRAM);
        define("t", new BigDecimal("1e6"), GRAM);
        define("lb", new BigDecimal("453.59237"), GRAM); // exact by the 1959 agreement
        define("nm", new BigDecimal("1e-9"), METRE);
        define("mm", new BigDecimal("1e-3"), METRE);
        define("mm2", new BigDecimal("1e-6"), METRE.pow(2));
        for (String c : CURRENCIES) {
            define(c, BigDecimal.ONE, Dimension.of(c));
        }

        DIMENSION_NAMES.put(Dimension.NONE, "dimensionless");
        DIMENSION_NAMES.put(FLOP_RATE, "FLOP rate");
        DIMENSION_NAMES.put(FLOP, "FLOP count");
        DIMENSION_NAMES.put(OP_RATE, "integer op rate");
        DIMENSION_NAMES.put(OP, "op count");
        DIMENSION_NAMES.put(BYTE, "bytes");
        DIMENSION_NAMES.put(BYTE_RATE, "byte rate");
        DIMENSION_NAMES.put(POWER, "power");
        DIMENSION_NAMES.put(JOULE, "energy");
        DIMENSION_NAMES.put(SECOND, "time");
        DIMENSION_NAMES.put(FREQUENCY, "frequency");
        DIMENSION_NAMES.put(GRAM, "mass");
        DIMENSION_NAMES.put(METRE, "length");
        DIMENSION_NAMES.put(METRE.pow(2), "area");
        for (String c : CURRENCIES) {
            DIMENSION_NAMES.put(Dimension.of(c), "money (" + c + ")");
        }
    }

    private Units() {
    }

    private static void define(String symbol, BigDecimal factor, Dimension dimension) {
        BY_SYMBOL.put(symbol, new NamedUnit(symbol, factor, dimension));
    }

    /** The named unit for a symbol or accepted spelling, or null. */
    public static NamedUnit lookup(String symbol) {
        NamedUnit u = BY_SYMBOL.get(symbol);
        if (u == null && SPELLINGS.containsKey(symbol)) {
            u = BY_SYMBOL.get(SPELLINGS.get(symbol));
        }
        return u;
    }

    public static NamedUnit named(String symbol) {
        NamedUnit u = lookup(symbol);
        if (u == null) {
            throw new InputException("no unit " + symbol);
        }
        return u;
    }

    public static Unit unit(String symbol) {
        return Unit.of(named(symbol));
    }

    public static Map<String, NamedUnit> all() {
        return Collections.unmodifiableMap(BY_SYMBOL);
    }

    public static Map<String, String> spellings() {
        return Collections.unmodifiableMap(SPELLINGS);
    }

    static boolean isCurrency(String base) {
        return CURRENCIES.contains(base);
    }

    static String dimensionName(Dimension d) {
        return DIMENSION_NAMES.get(d);
    }
}
