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
        return n + " " + amount.unit().symbol();
    }

    /** Exact amount, grouped: $129,000. */
    public static String exact(Quantity amount) {
        return text(amount, 0);
    }
}
