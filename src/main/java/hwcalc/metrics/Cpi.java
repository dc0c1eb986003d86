package hwcalc.metrics;

import hwcalc.units.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
    private static final Cpi BUNDLED = load();

    private final TreeMap<Integer, BigDecimal> index;
    private final Set<Integer> provisional;

    Cpi(Map<Integer, BigDecimal> index, Set<Integer> provisional) {
        this.index = new TreeMap<>(index);
        this.provisional = Set.copyOf(provisional);
    }

    public static Cpi bundled() {
        return BUNDLED;
    }

    private static Cpi load() {
        Map<Integer, BigDecimal> idx = new TreeMap<>();
        Set<Integer> prov = new TreeSet<>();
        try (InputStream in = Cpi.class.getResourceAsStream("/hwcalc/cpi-u.csv")) {
            if (in == null) {
                throw new IllegalStateException("hwcalc/cpi-u.csv is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("year") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                int year = Integer.parseInt(f[0]);
                idx.put(year, new BigDecimal(f[1]));
                if (f.length > 2 && f[2].strip().equals("provisional")) {
                    prov.add(year);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Cpi(idx, prov);
    }

    public int firstYear() {
        return index.firstKey();
    }

    public int lastYear() {
        return index.lastKey();
    }

    public boolean isProvisional(int year) {
        return provisional.contains(year);
    }

    public BigDecimal value(int year) {
        BigDecimal v = index.get(year);
        if (v == null) {
            String why = year > lastYear()
                    ? "no annual CPI-U average for " + year + " yet; the latest is " + lastYear()
                    + (isProvisional(lastYear()) ? " (provisional)" : "")
                    : "the CPI-U data shipped with hwcalc starts in " + firstYear();
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
