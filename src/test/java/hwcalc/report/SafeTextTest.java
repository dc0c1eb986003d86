package hwcalc.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void controls_and_escapes_become_visible_and_the_text_stays_on_one_line() {
        assertThat(SafeText.terminal("Evil\u001b[31mRed")).isEqualTo("Evil\\x1b[31mRed");
        assertThat(SafeText.terminal("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
        assertThat(SafeText.terminal("bell\u0007 del\u007f csi\u009b")).isEqualTo("bell\\x07 del\\x7f csi\\x9b");
        assertThat(SafeText.terminal("abc\u202eevil\u2066x\u2028y")).isEqualTo("abc\\u202eevil\\u2066x\\u2028y");
    }

    @Test
    void ordinary_text_is_kept_as_it_is() {
        String s = "NVIDIA H100 SXM5 80 GB — 輝達 ü 🚀";
        assertThat(SafeText.terminal(s)).isSameAs(s);
        assertThat(SafeText.terminal(null)).isNull();
    }

    @Test
    void xml_text_has_no_character_xml_forbids() {
        assertThat(SafeText.xml("a\u0000b\ud800c\uffff")).isEqualTo("a\\x00b\\ud800c\\uffff"); // NUL, a lone surrogate, U+FFFF
        assertThat(SafeText.xml("pair \ud83d\ude80")).isEqualTo("pair \ud83d\ude80"); // a whole surrogate pair is one character
    }

    @Test
    void csv_cells_a_spreadsheet_would_evaluate_get_an_apostrophe_and_numbers_keep_their_sign() {
        assertThat(SafeText.csvCell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SafeText.csvCell("+1+1")).isEqualTo("'+1+1");
        assertThat(SafeText.csvCell("-2+3")).isEqualTo("'-2+3");
        assertThat(SafeText.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeText.csvCell("\t=1")).isEqualTo("'\\t=1");
        assertThat(SafeText.csvCell("-3.5")).isEqualTo("-3.5");
        assertThat(SafeText.csvCell("+1e3")).isEqualTo("+1e3");
        assertThat(SafeText.csvCell("A100")).isEqualTo("A100");
        assertThat(SafeText.csvCell(null)).isNull();
    }
}
