package hwcalc.spec;

import java.util.List;
import java.util.Map;

/**
 * Price observations kept apart from a sheet (docs/prices.md): {@code prices-for} names the
 * sheet by id, {@code credit} is the attribution every output using them prints, and each
 * price's source keys name entries of this file's {@code sources}.
 */
public record PriceFile(String sheetId, Price.Credit credit, Map<String, Source> sources, List<Price> prices,
                        Location location) {

    /** The top-level key that tells a price file from a sheet. */
    public static final String KEY = "prices-for";

    public PriceFile {
        sources = Map.copyOf(sources);
        prices = List.copyOf(prices);
    }

    public String file() {
        return location.file();
    }
}
