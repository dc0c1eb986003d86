package hwcalc.scan;

import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;

/** Which figure of its subject a number states. */
public sealed interface Field {

    /** A peak rate; {@code precision}, {@code sparsity} or {@code core} null when the text does not say. */
    record Peak(Precision precision, Sparsity sparsity, hwcalc.spec.Core core) implements Field {
    }

    record Memory() implements Field {
    }

    record Bandwidth() implements Field {
    }

    record Power() implements Field {
    }

    record Weight() implements Field {
    }

    /** A price (list, quoted, "costs"). */
    record Price() implements Field {
    }

    /** A company's market value. */
    record MarketCap() implements Field {
    }

    /** Money that is not a unit price: development cost, spending, revenue. */
    record OtherMoney() implements Field {
    }

    /** A ratio to another named system ({@code other} null when the text names none) on a stated precision (null: unstated). */
    record Ratio(Subject other, Precision precision, Sparsity sparsity) implements Field {
    }

    /** A count of the noun printed ("servers", "CPU"). */
    record Count(String noun) implements Field {
    }

    /** A doubling time in months. */
    record Doubling() implements Field {
    }

    /** A fall from a peak (a stock's drawdown). */
    record Drawdown() implements Field {
    }

    /** Any other percentage. */
    record Share() implements Field {
    }
}
