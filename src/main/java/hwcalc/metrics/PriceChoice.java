package hwcalc.metrics;

import hwcalc.spec.PartialDate;
import hwcalc.spec.Price;
import hwcalc.spec.PriceKind;
import hwcalc.units.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The price a selector chose for a sheet: {@code price} is what metrics use, {@code observations}
 * the price(s) behind it (one, or all of a median), so every output can name them and their sources.
 */
public record PriceChoice(Price price, List<Price> observations, PriceSelector.Statistic statistic) {

    public PriceChoice {
        observations = List.copyOf(observations);
    }

    /** Chooses from a sheet's prices; empty when none answers the selector. */
    public static Optional<PriceChoice> choose(List<Price> prices, PriceSelector selector) {
        PriceSelector purchase = selector.owned()
                ? new PriceSelector(selector.kinds(), false, null, null, selector.year(), selector.statistic()) : selector;
        List<Price> c = purchase.candidates(prices);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (selector.statistic()) {
            case FIRST -> one(c.get(0), selector);
            // the latest date; among equal dates the one listed last, as a file appends newer rows
            case LATEST -> one(c.stream().reduce((a, b) -> b.date().compareTo(a.date()) >= 0 ? b : a).orElseThrow(), selector);
            case LOWEST -> one(c.stream().min(Comparator.comparing(Price::amount)).orElseThrow(), selector);
            case MEDIAN -> median(c, selector);
        });
    }

    private static PriceChoice one(Price p, PriceSelector s) {
        return new PriceChoice(p, List.of(p), s.statistic());
    }

    /** The median amount of one kind, tier and year (the selector guarantees it); an even count takes the mean of the middle two. */
    private static PriceChoice median(List<Price> c, PriceSelector s) {
        List<Quantity> amounts = new ArrayList<>(c.stream().map(Price::amount).sorted().toList());
        int n = amounts.size();
        Quantity mid = amounts.get(n / 2);
        BigDecimal value = n % 2 == 1 ? mid.value() : amounts.get(n / 2 - 1).to(mid.unit()).value().add(mid.value())
                .divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        c.forEach(p -> sources.addAll(p.sources()));
        Price first = c.get(0);
        String provider = c.stream().map(Price::provider).distinct().count() == 1 ? first.provider() : null;
        Price.Credit credit = c.stream().map(Price::credit).distinct().count() == 1 ? first.credit() : null;
        PriceKind kind = first.kind();
        Price synthetic = new Price(new Quantity(value, mid.unit()), null, false, kind, new PartialDate(s.year(), null, null),
                first.scope(), null, provider, first.providerTier(), null, List.copyOf(sources), null, credit, null);
        return new PriceChoice(synthetic, c, s.statistic());
    }
}
