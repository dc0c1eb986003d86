package hwcalc.metrics;

import hwcalc.spec.Price;
import hwcalc.spec.PriceKind;
import hwcalc.spec.ProviderTier;
import hwcalc.units.InputException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which of a sheet's prices a command uses (docs/prices.md). {@code kinds} empty means any
 * purchase kind; {@code owned} asks for the cost of owning the chip per hour (see
 * {@link Ownership}), computed from the purchase price this selector's purchase part chooses.
 * The default, {@link #DEFAULT}, is the first purchase price listed, as before rentals existed.
 *
 * <p>Written on the command line as comma-separated terms: a kind ({@code list},
 * {@code on-demand}, {@code commit-1y}...), {@code purchase}, {@code rental} or {@code owned};
 * {@code provider=NAME}, {@code tier=hyperscaler|neocloud|marketplace}, {@code year=2024};
 * and a statistic: {@code first}, {@code latest}, {@code lowest}, {@code median}.
 */
public record PriceSelector(Set<PriceKind> kinds, boolean owned, String provider, ProviderTier tier, Integer year,
                            Statistic statistic) {

    public enum Statistic {
        FIRST, LATEST, LOWEST, MEDIAN;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final PriceSelector DEFAULT = new PriceSelector(Set.of(), false, null, null, null, Statistic.FIRST);

    public PriceSelector {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    // written out, as a record's would be: the generated ones link an invokedynamic bootstrap on
    // first use, about a millisecond each at start-up (issue 17; RecordEqualityTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof PriceSelector o && kinds.equals(o.kinds) && owned == o.owned
                && Objects.equals(provider, o.provider) && tier == o.tier && Objects.equals(year, o.year)
                && statistic == o.statistic;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kinds, owned, provider, tier, year, statistic);
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    /** Whether this selector asks for rates per chip-hour (rental kinds), not purchase prices. */
    public boolean isRental() {
        return !kinds.isEmpty() && kinds.stream().allMatch(PriceKind::isRental);
    }

    /** Whether a price answers this selector (statistics aside). */
    public boolean matches(Price p) {
        boolean kindOk = kinds.isEmpty() ? !p.isRental() : kinds.contains(p.kind());
        return kindOk
                && (provider == null || p.provider() != null && p.provider().toLowerCase(Locale.ROOT)
                        .contains(provider.toLowerCase(Locale.ROOT)))
                && (tier == null || tier == p.providerTier())
                && (year == null || p.date().year() == year);
    }

    /** The observations that answer this selector, in the sheet's order. */
    public List<Price> candidates(List<Price> prices) {
        List<Price> out = new ArrayList<>();
        for (Price p : prices) {
            if (matches(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Parses the command-line form; an unknown term is an input error that lists the known ones. */
    public static PriceSelector parse(String text) {
        Set<PriceKind> kinds = EnumSet.noneOf(PriceKind.class);
        boolean owned = false;
        String provider = null;
        ProviderTier tier = null;
        Integer year = null;
        Statistic stat = null;
        if (text == null || text.isBlank()) {
            throw new InputException("--price: empty selector (try on-demand, owned, list, or see docs/prices.md)");
        }
        for (String raw : text.split(",", -1)) {
            String t = raw.strip().toLowerCase(Locale.ROOT);
            int eq = t.indexOf('=');
            String key = eq < 0 ? t : t.substring(0, eq).strip();
            String value = eq < 0 ? null : t.substring(eq + 1).strip();
            if (value != null && value.isEmpty()) {
                throw new InputException("--price: '" + raw.strip() + "' has no value");
            }
            switch (key) {
                case "purchase" -> kinds.addAll(EnumSet.of(PriceKind.LIST, PriceKind.RESELLER, PriceKind.ESTIMATE,
                        PriceKind.PRESS, PriceKind.STREET));
                case "rental" -> kinds.addAll(EnumSet.of(PriceKind.ON_DEMAND, PriceKind.SPOT, PriceKind.COMMIT_1Y,
                        PriceKind.COMMIT_3Y));
                case "owned" -> owned = true;
                case "provider" -> provider = need(value, raw);
                case "tier" -> tier = tier(need(value, raw));
                case "year" -> year = year(need(value, raw));
                case "first", "latest", "lowest", "median" -> {
                    if (stat != null) {
                        throw new InputException("--price: two statistics ('" + stat.key() + "' and '" + key + "')");
                    }
                    stat = Statistic.valueOf(key.toUpperCase(Locale.ROOT));
                }
                default -> kinds.add(kind(key, raw));
            }
        }
        if (owned && kinds.stream().anyMatch(PriceKind::isRental)) {
            throw new InputException("--price: 'owned' computes an hourly cost from a purchase price; it takes no rental kind");
        }
        if (!kinds.isEmpty() && kinds.stream().anyMatch(PriceKind::isRental) && kinds.stream().anyMatch(k -> !k.isRental())) {
            throw new InputException("--price: a selector takes purchase kinds or rental kinds, not both "
                    + "(a price paid once and a rate per hour are different things)");
        }
        if ((provider != null || tier != null) && !kinds.stream().anyMatch(PriceKind::isRental)) {
            throw new InputException("--price: provider and tier belong to rental kinds (on-demand, spot, commit-1y, commit-3y)");
        }
        boolean rental = !kinds.isEmpty() && kinds.stream().allMatch(PriceKind::isRental);
        // a median never blends: one kind, one provider tier, one year
        if (stat == Statistic.MEDIAN && (kinds.size() != 1 || year == null || rental && tier == null && provider == null)) {
            throw new InputException("--price: median takes one kind and a year" + (rental ? " and a tier or provider" : "")
                    + ", e.g. on-demand,tier=hyperscaler,year=2024,median: prices of different kinds, tiers or years are never blended");
        }
        return new PriceSelector(kinds, owned, provider, tier, year,
                stat != null ? stat : rental ? Statistic.LATEST : Statistic.FIRST);
    }

    private static String need(String value, String raw) {
        if (value == null) {
            throw new InputException("--price: '" + raw.strip() + "' needs a value, e.g. provider=aws");
        }
        return value;
    }

    private static ProviderTier tier(String v) {
        for (ProviderTier t : ProviderTier.values()) {
            if (t.key().equals(v)) {
                return t;
            }
        }
        throw new InputException("--price: unknown tier '" + v + "' (known: hyperscaler, neocloud, marketplace)");
    }

    private static Integer year(String v) {
        if (!v.matches("[0-9]{4}")) {
            throw new InputException("--price: year must be four digits, found '" + v + "'");
        }
        return Integer.valueOf(v);
    }

    private static PriceKind kind(String key, String raw) {
        for (PriceKind k : PriceKind.values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        List<String> known = new ArrayList<>(List.of("purchase", "rental", "owned"));
        for (PriceKind k : PriceKind.values()) {
            known.add(k.key());
        }
        known.addAll(List.of("provider=NAME", "tier=T", "year=YYYY", "first", "latest", "lowest", "median"));
        throw new InputException("--price: unknown term '" + raw.strip() + "' (known: " + String.join(", ", known) + ")");
    }

}
