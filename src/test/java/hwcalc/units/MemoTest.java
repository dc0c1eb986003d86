package hwcalc.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded memo table behind the unit caches, tested switched on whatever -Dhwcalc.nocache says. */
class MemoTest {
    private final List<String> computed = new ArrayList<>();

    private String length(String key) {
        computed.add(key);
        return key + "=" + key.length();
    }

    @Test
    void computes_once_per_key_when_on() {
        Memo<String, String> memo = new Memo<>(true, 10);
        assertThat(memo.get("abc", this::length)).isEqualTo("abc=3");
        assertThat(memo.get("abc", this::length)).isEqualTo("abc=3");
        assertThat(memo.get("de", this::length)).isEqualTo("de=2");
        assertThat(computed).containsExactly("abc", "de");
        assertThat(memo.size()).isEqualTo(2);
    }

    @Test
    void keeps_at_most_limit_entries_but_still_answers() {
        Memo<String, String> memo = new Memo<>(true, 1);
        assertThat(memo.get("a", this::length)).isEqualTo("a=1");
        assertThat(memo.get("bb", this::length)).isEqualTo("bb=2");
        assertThat(memo.get("bb", this::length)).isEqualTo("bb=2");
        assertThat(memo.get("a", this::length)).isEqualTo("a=1");
        // "a" was kept; "bb" was over the limit and computed each time
        assertThat(computed).containsExactly("a", "bb", "bb");
        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void computes_every_time_when_off() {
        Memo<String, String> memo = new Memo<>(false, 10);
        assertThat(memo.get("abc", this::length)).isEqualTo("abc=3");
        assertThat(memo.get("abc", this::length)).isEqualTo("abc=3");
        assertThat(computed).containsExactly("abc", "abc");
        assertThat(memo.size()).isZero();
    }

    @Test
    void bounded_follows_the_nocache_switch() {
        Memo<String, String> memo = Memo.bounded(5);
        assertThat(memo.get("ab", this::length)).isEqualTo("ab=2");
        assertThat(memo.size()).isEqualTo(Memo.CACHING ? 1 : 0);
    }
}
