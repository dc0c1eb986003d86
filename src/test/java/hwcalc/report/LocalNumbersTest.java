package hwcalc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Large numbers in words, rounded once by the Numbers rule, at the edges of 萬, 億 and 兆. */
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
            "12345000    | 3 | 1235 萬",    // 1234.5 萬: integer digits are kept, the .5 rounds up
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
            "168602.92   | 3 | $168,603",       // integer digits are never dropped below a million
            "999999.4    | 3 | $999,999",
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

    /** ICU's rounding is the Numbers rule applied once to the scaled value, whatever the value. */
    @Test
    void icuRoundsLikeNumbersOnTheScaledValue() {
        Map<String, Integer> exponent = Map.of("萬", 4, "億", 8, "兆", 12);
        Random r = new Random(42);
        for (int i = 0; i < 5000; i++) {
            BigDecimal v = BigDecimal.valueOf(r.nextLong() & Long.MAX_VALUE, r.nextInt(12)).movePointRight(r.nextInt(6));
            int digits = 1 + r.nextInt(6);
            LocalNumbers.Parts p = LocalNumbers.zh(v, digits);
            int e = p.word().isEmpty() ? 0 : exponent.get(p.word());
            BigDecimal shown = new BigDecimal(p.number().replace(",", ""));
            assertThat(shown).as("%s at %d digits: %s", v, digits, p.joined())
                    .isEqualByComparingTo(Numbers.round(v.movePointLeft(e), digits));
            if (!p.word().isEmpty() && e < 12) {
                assertThat(shown).as("%s at %d: %s stays below 10000 of its unit", v, digits, p.joined())
                        .isLessThan(new BigDecimal("10000"));
            }
        }
    }
}
