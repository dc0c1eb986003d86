package hwcalc.report;

import com.ibm.icu.number.FormattedNumber;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.Notation;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.ConstrainedFieldPosition;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;

/**
 * Large numbers in words for each locale, from CLDR through ICU4J rather than hand-made tables:
 * zh-TW counts in 萬 (10^4), 億 (10^8) and 兆 (10^12) ("12.9 萬"), English in million, billion,
 * trillion. The amount is rounded once, by {@link Numbers#significant} (half-up to {@code digits}
 * significant figures of the whole amount), before a word is chosen, so both locales write the same
 * amount ($99,995 at 2 digits: $100,000 and 10 萬美元; 12,345,000 at 3: $12.3 million and 1230 萬美元),
 * and a value that rounds up into the next unit moves there (99,995,000 at 4 digits is 1 億, not
 * 10000 萬). ICU then only writes the rounded amount in words; it never rounds again.
 */
public final class LocalNumbers {

    /** The first value written with a word: 1 萬 in zh-TW; in English, 1 million (thousands stay digits). */
    static final BigDecimal ZH_FROM = new BigDecimal("1e4");
    static final BigDecimal EN_FROM = new BigDecimal("1e6");

    private LocalNumbers() {
    }

    /** A number and the word that scales it ("12.9", "萬"); the word is empty below the threshold. */
    public record Parts(String number, String word) {
        /** "12.9 萬", "759" */
        public String joined() {
            return word.isEmpty() ? number : number + " " + word;
        }
    }

    /** zh-TW: 129000 -> 12.9 萬, 3.019e12 -> 3.02 兆 (3 digits), 758.8 -> 759. */
    public static Parts zh(BigDecimal v, int digits) {
        return scaled(v, digits, ZH_FROM, ULocale.forLanguageTag("zh-TW"), Notation.compactShort());
    }

    /** English: 3.019e12 -> 3.02 trillion (3 digits); 129000 -> 129,000. */
    public static Parts en(BigDecimal v, int digits) {
        return scaled(v, digits, EN_FROM, ULocale.ENGLISH, Notation.compactLong());
    }

    /** English money: $129,000; $3.02 trillion. */
    public static String usdEn(BigDecimal v, int digits) {
        Parts p = en(v, digits);
        return (p.number().startsWith("-") ? "-$" + p.number().substring(1) : "$" + p.number())
                + (p.word().isEmpty() ? "" : " " + p.word());
    }

    /** zh-TW money: 759 美元; 12.9 萬美元; 3 兆美元. */
    public static String usdZh(BigDecimal v, int digits) {
        Parts p = zh(v, digits);
        return p.number() + " " + p.word() + "美元";
    }

    private static Parts scaled(BigDecimal v, int digits, BigDecimal from, ULocale locale, Notation notation) {
        // round first, then choose the word on the rounded value: 9999.5 (10000 at 4 digits) is 1 萬
        BigDecimal rounded = Numbers.significant(v, digits);
        if (rounded.abs().compareTo(from) < 0) {
            return new Parts(Numbers.group(rounded.toPlainString()), "");
        }
        LocalizedNumberFormatter f = NumberFormatter.withLocale(locale).notation(notation)
                .precision(Precision.unlimited());
        FormattedNumber fn = f.format(rounded);
        String text = fn.toString();
        ConstrainedFieldPosition pos = new ConstrainedFieldPosition();
        pos.constrainField(NumberFormat.Field.COMPACT);
        if (!fn.nextPosition(pos)) {
            return new Parts(text, ""); // beyond the largest word CLDR has; ICU prints digits
        }
        String word = text.substring(pos.getStart(), pos.getLimit()).strip();
        String number = (text.substring(0, pos.getStart()) + text.substring(pos.getLimit())).strip();
        return new Parts(number, word);
    }
}
