package hwcalc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Large numbers in words, rounded once by Numbers.significant (N significant figures of the whole
 * amount, the same in both locales), at the edges of 萬, 億 and 兆.
 */
class LocalNumbersTest {

    @ParameterizedTest(name = "zh {0} at {1} digits = {2}")
    @CsvSource(delimiter = '|', value = {
            "9999        | 4 | 9,999",      // below 1 萬: digits, grouped as everywhere
            "9999.4      | 4 | 9,999",
            "9999.5      | 4 | 1 萬",       // half-up to 10000, which is 1 萬
            "9999.5      | 5 | 9,999.5",
            "10000       | 3 | 1 萬",
            "12345       | 3 | 1.23 萬",
            "128500      | 3 | 12.9 萬",    // 12.85 萬: half-up gives 12.9 (half-even would give 12.8)
            "129000      | 3 | 12.9 萬",
            "168602.92   | 3 | 16.9 萬",
            "12345000    | 3 | 1230 萬",    // 12,345,000 at 3 figures is 12,300,000 (as "$12.3 million")
            "99995       | 2 | 10 萬",      // 99,995 at 2 figures is 100,000 (as "$100,000")
            "99994999    | 4 | 9999 萬",
            "99995000    | 4 | 1 億",       // 9999.5 萬 rounds to 10000 萬 = 1 億
            "100000000   | 4 | 1 億",
            "999950000000| 4 | 1 兆",       // 9999.5 億
            "1e12        | 3 | 1 兆",
            "3e12        | 3 | 3 兆",
            "3.019e12    | 3 | 3.02 兆",
            "3.019e12    | 4 | 3.019 兆",
            "0.758823    | 4 | 0.7588",
            "758.8235    | 3 | 759",
    })
    void zhTw(String value, int digits, String expected) {
        assertThat(LocalNumbers.zh(new BigDecimal(value), digits).joined()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "en {0} at {1} digits = {2}")
    @CsvSource(delimiter = '|', value = {
            "758.8235    | 3 | $759",
            "129000      | 3 | $129,000",
            "168602.92   | 3 | $169,000",       // 3 figures of the amount, as zh-TW's 16.9 萬
            "99995       | 2 | $100,000",       // as zh-TW's 10 萬, not $99,995
            "99995       | 5 | $99,995",
            "999999.4    | 3 | $1 million",     // 3 figures: 1,000,000
            "12345000    | 3 | $12.3 million",  // as zh-TW's 1230 萬
            "999999.5    | 3 | $1 million",     // rounds to 1,000,000
            "1.5e9       | 3 | $1.5 billion",
            "3.019e12    | 3 | $3.02 trillion",
            "3e12        | 4 | $3 trillion",
            "-129000     | 3 | -$129,000",
    })
    void english(String value, int digits, String expected) {
        assertThat(LocalNumbers.usdEn(new BigDecimal(value), digits)).isEqualTo(expected);
    }

    @Test
    void zhTwMoney() {
        assertThat(LocalNumbers.usdZh(new BigDecimal("758.8235294"), 3)).isEqualTo("759 美元");
        assertThat(LocalNumbers.usdZh(new BigDecimal("129000"), 3)).isEqualTo("12.9 萬美元");
        assertThat(LocalNumbers.usdZh(new BigDecimal("3.019e12"), 1)).isEqualTo("3 兆美元");
    }

    /** One rule for both locales: the amount each one writes is the same, hand-computed. */
    @ParameterizedTest(name = "{0} at {1} digits: {2} and {3}")
    @CsvSource(delimiter = '|', value = {
            "99995     | 2 | $100,000      | 10 萬美元",     // 99,995 -> 1.0e5
            "168602.92 | 4 | $168,600      | 16.86 萬美元",  // 129000 x 313.689 / 240.007 -> 1.686e5
            "379273.4  | 3 | $379,000      | 37.9 萬美元",   // 3.79e5
            "1234567   | 2 | $1.2 million  | 120 萬美元",    // 1.2e6
            "758.8235  | 3 | $759          | 759 美元",
    })
    void bothLocalesWriteTheSameAmount(String value, int digits, String en, String zh) {
        assertThat(LocalNumbers.usdEn(new BigDecimal(value), digits)).isEqualTo(en);
        assertThat(LocalNumbers.usdZh(new BigDecimal(value), digits)).isEqualTo(zh);
    }

    /** ICU writes the amount Numbers.significant rounded, whatever the value, in both locales. */
    @Test
    void icuWritesTheSignificantAmount() {
        Map<String, Integer> exponent = Map.of("萬", 4, "億", 8, "兆", 12);
        Random r = new Random(42);
        for (int i = 0; i < 5000; i++) {
            BigDecimal v = BigDecimal.valueOf(r.nextLong() & Long.MAX_VALUE, r.nextInt(12)).movePointRight(r.nextInt(6));
            int digits = 1 + r.nextInt(6);
            LocalNumbers.Parts p = LocalNumbers.zh(v, digits);
            int e = p.word().isEmpty() ? 0 : exponent.get(p.word());
            BigDecimal shown = new BigDecimal(p.number().replace(",", ""));
            assertThat(shown).as("%s at %d digits: %s", v, digits, p.joined())
                    .isEqualByComparingTo(Numbers.significant(v, digits).movePointLeft(e));
            if (!p.word().isEmpty() && e < 12) {
                assertThat(shown).as("%s at %d: %s stays below 10000 of its unit", v, digits, p.joined())
                        .isLessThan(new BigDecimal("10000"));
            }
        }
    }
}
