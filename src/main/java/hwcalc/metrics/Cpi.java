package hwcalc.metrics;

import hwcalc.units.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The CPI-U annual series shipped with hwcalc (resource {@code hwcalc/cpi-u.csv}, BLS series
 * CUUR0000SA0). Adjusting money between years multiplies by CPI(to) / CPI(from). Years outside
 * the data are refused, never extrapolated; provisional years are flagged.
 */
public final class Cpi {

    public static final String SOURCE_URL = "https://data.bls.gov/timeseries/CUUR0000SA0";
    /** The bundled series, read on first use: compare without --adjust-to never needs it (issue 17). */
    private static final Cpi BUNDLED = new Cpi(null, "the CPI-U data shipped with hwcalc", null);

    /** The index values and provisional years; null in {@link #BUNDLED}, whose series {@link BundledSeries} holds. */
    private final Series own;
    /** What the series is, for refusals: "the CPI-U data shipped with hwcalc", "the CPI series in my.csv". */
    private final String name;
    /** The user's series file ({@code --cpi FILE}); null for the bundled BLS series. */
    private final String file;

    Cpi(Map<Integer, BigDecimal> index, Set<Integer> provisional) {
        this(new Series(index, provisional), "the CPI-U data shipped with hwcalc", null);
    }

    private Cpi(Series own, String name, String file) {
        this.own = own;
        this.name = name;
        this.file = file;
    }

    private static final class Series {
        final TreeMap<Integer, BigDecimal> index;
        final Set<Integer> provisional;

        Series(Map<Integer, BigDecimal> index, Set<Integer> provisional) {
            this.index = new TreeMap<>(index);
            this.provisional = Set.copyOf(provisional);
        }
    }

    /** The holder idiom: the bundled CSV is parsed when a figure first needs it, once, thread-safely. */
    private static final class BundledSeries {
        static final Series SERIES = load();
    }

    private Series series() {
        return own != null ? own : BundledSeries.SERIES;
    }

    /** The file a user's series was read from; empty for the bundled BLS CPI-U, which {@link #SOURCE_URL} cites. */
    public java.util.Optional<String> file() {
        return java.util.Optional.ofNullable(file);
    }

    /** Where an adjusted figure's index comes from, for a citation: the BLS series page, or the user's file. */
    public String sourceUrl() {
        return file == null ? SOURCE_URL : file;
    }

    /** The index's name in arithmetic ("x CPI-U 2024 / CPI-U 2016"): CPI-U, or the file's series. */
    public String symbol() {
        return file == null ? "CPI-U" : "CPI(" + file + ")";
    }

    public static Cpi bundled() {
        return BUNDLED;
    }

    private static Series load() {
        byte[] csv = hwcalc.spec.BundledData.bytes("hwcalc/cpi-u.csv"); // from a class when the build made it (issue 17)
        if (csv == null) {
            throw new IllegalStateException("hwcalc/cpi-u.csv is missing from the jar");
        }
        return parse(new String(csv, StandardCharsets.UTF_8), "hwcalc/cpi-u.csv").own;
    }

    /**
     * A user's series ({@code --cpi FILE}): lines {@code year,value} (a third field
     * {@code provisional} flags a year), {@code #} comments, an optional {@code year,...} header.
     * Every bad line is named in one error as {@code FILE:LINE}.
     */
    public static Cpi read(java.nio.file.Path file) {
        String text;
        try {
            text = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        return parse(text, file.toString().replace('\\', '/'));
    }

    static Cpi parse(String text, String file) {
        TreeMap<Integer, BigDecimal> idx = new TreeMap<>();
        Set<Integer> prov = new TreeSet<>();
        List<String> bad = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 || idx.isEmpty()) && line.toLowerCase(java.util.Locale.ROOT).startsWith("year")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] f = line.split(",", -1);
            if (f.length < 2 || f.length > 3) {
                bad.add(where + "expected year,value (and optionally ,provisional or ,final), found '" + line + "'");
                continue;
            }
            Integer year = null;
            try {
                year = hwcalc.units.Decimals.parseInt(f[0].strip());
            } catch (RuntimeException e) {
                bad.add(where + "'" + f[0].strip() + "' is not a year");
            }
            BigDecimal value = null;
            try {
                value = hwcalc.units.Decimals.parse(f[1].strip());
                if (value.signum() <= 0) {
                    bad.add(where + "the index value must be positive, found " + f[1].strip());
                    value = null;
                }
            } catch (RuntimeException e) {
                bad.add(where + "'" + f[1].strip() + "' is not a number");
            }
            String flag = f.length == 3 ? f[2].strip() : "final";
            if (!flag.equals("final") && !flag.equals("provisional")) {
                bad.add(where + "the third field is provisional or final, found '" + flag + "'");
            }
            if (year != null && (year < 1000 || year > 9999)) {
                bad.add(where + "year " + year + " is not a four-digit year");
            } else if (year != null && value != null) {
                if (idx.containsKey(year)) {
                    bad.add(where + "a second value for " + year);
                }
                idx.put(year, value);
                if (flag.equals("provisional")) {
                    prov.add(year);
                }
            }
        }
        if (bad.isEmpty() && idx.isEmpty()) {
            bad.add(file + ": no year,value lines");
        }
        if (bad.isEmpty()) { // a gap would make adjust() refuse a year inside the range, with a misleading message
            for (int y = idx.firstKey(); y <= idx.lastKey(); y++) {
                if (!idx.containsKey(y)) {
                    bad.add(file + ": no value for " + y + " (the years must follow each other, " + idx.firstKey()
                            + " to " + idx.lastKey() + ")");
                    break;
                }
            }
        }
        if (!bad.isEmpty()) {
            throw new InputException("bad CPI series:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", bad));
        }
        return new Cpi(new Series(idx, prov), "the CPI series in " + file, file);
    }

    public int firstYear() {
        return series().index.firstKey();
    }

    public int lastYear() {
        return series().index.lastKey();
    }

    public boolean isProvisional(int year) {
        return series().provisional.contains(year);
    }

    public BigDecimal value(int year) {
        BigDecimal v = series().index.get(year);
        if (v == null) {
            String why = year > lastYear()
                    ? "no annual average for " + year + " in " + name + "; the latest is " + lastYear()
                    + (isProvisional(lastYear()) ? " (provisional)" : "")
                    : name + " starts in " + firstYear() + " (and runs to " + lastYear() + ")";
            throw new InputException("cannot adjust for inflation to or from " + year + ": " + why);
        }
        return v;
    }

    /** The factor CPI(to) / CPI(from) that turns from-year dollars into to-year dollars. */
    public BigDecimal factor(int from, int to) {
        return value(to).divide(value(from), hwcalc.units.Quantity.MATH);
    }

    /** Multiplies by CPI(to) first and divides once, so 129000 x 313.689 / 240.007 is exact to 34 digits. */
    public BigDecimal adjust(BigDecimal amount, int from, int to) {
        return amount.multiply(value(to)).divide(value(from), hwcalc.units.Quantity.MATH);
    }
}
