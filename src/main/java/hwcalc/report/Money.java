package hwcalc.report;

import hwcalc.units.Quantity;

/** Money for English text: $129,000 for USD, "12,000 EUR" for others. */
public final class Money {
    private Money() {
    }

    public static String text(Quantity amount, int digits) {
        String currency = amount.dimension().currency();
        String n = digits > 0 ? Numbers.format(amount.value(), digits) : Numbers.group(amount.value().toPlainString());
        if ("USD".equals(currency) && amount.unit().symbol().equals("USD")) {
            return "$" + n;
        }
        if ("USD".equals(amount.dimension().currencyPerTime()) && amount.unit().symbol().equals("USD/h")) {
            return "$" + n + "/h";
        }
        return n + " " + amount.unit().symbol();
    }

    /** A range: "$25,000 to $30,000"; one figure when {@code high} is null. */
    public static String range(Quantity low, Quantity high, int digits) {
        return high == null ? text(low, digits) : text(low, digits) + " to " + text(high, digits);
    }

    /** Exact amount, grouped: $129,000. */
    public static String exact(Quantity amount) {
        return text(amount, 0);
    }
}
