package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hwcalc.claims.MissingFigure;
import hwcalc.metrics.Caveat;
import hwcalc.metrics.Comparison;
import hwcalc.metrics.Unavailable;
import hwcalc.report.Wording;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12's promise: decisions test types, never words. Every command that warns is run twice,
 * once with the usual words and once with every caveat, missing-figure reason and like-for-like
 * line replaced by a marker; verdicts, rankings, comparisons and exit codes must not change, and
 * the marker must show up (so the swap really reached the output).
 */
class WordingSwapTest {

    /** Words that share nothing with the English ones: "<<Fallback#3>>". */
    static final class Scrambled implements Wording {
        int used;

        @Override
        public String caveat(Caveat c) {
            used++;
            return "<<" + c.getClass().getSimpleName() + "#" + used + ">>";
        }

        @Override
        public String unavailable(Unavailable u) {
            used++;
            return "<<" + u.reason().ordinal() + ">>";
        }

        @Override
        public String likeForLike(Comparison.LikeForLike l) {
            used++;
            return "<<like>>";
        }

        @Override
        public String missing(MissingFigure m) {
            used++;
            return "<<missing>>";
        }
    }

    record Run(int code, String out, String err) {
    }

    static Run run(Wording w, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), w, args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The facts of a JSON output that words must not touch: verdicts, ids in order, values, exit code. */
    static List<String> facts(Run r) throws Exception {
        List<String> out = new ArrayList<>(List.of("exit " + r.code()));
        collect(new ObjectMapper().readTree(r.out()), "", out);
        return out;
    }

    private static void collect(JsonNode n, String path, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                String k = e.getKey();
                // words live under these keys; everything else is a fact
                if (!List.of("warnings", "notes", "likeForLike", "explanation", "unavailable", "missing", "display", "why").contains(k)) {
                    collect(e.getValue(), path + "." + k, out);
                }
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collect(n.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.add(path + "=" + n.asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "verify --format json",
        "compare dgx-1 dgx-h100 --format json",
        "compare gtx-580 dgx-1 --precision fp16 --format json",
        "compare dgx-1 dual-xeon-e5-2698-v3-server --metric usd-per-tflops --format json",
        "rank --by usd-per-tflops --precision fp16 --format json",
        "rank --by flops-per-watt --precision bf16 --format json",
        "quote dgx-h100 speedup --vs dgx-1 --precision fp16 --format json",
        "calc h100-sxm5.fp8.sparse/dgx-1.fp16 --format json"})
    void verdicts_rankings_comparisons_and_exit_codes_do_not_depend_on_wording(String command) throws Exception {
        String[] args = command.split(" ");
        Run usual = run(null, args);
        Scrambled scrambled = new Scrambled();
        Run swapped = run(scrambled, args);
        assertThat(facts(swapped)).isEqualTo(facts(usual));
        assertThat(swapped.code()).isEqualTo(usual.code());
        {
            // every command here warns or skips something; the marker proves the swapped words were used
            assertThat(scrambled.used).as(command).isPositive();
            assertThat(swapped.out()).contains("<<");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"verify", "compare dgx-1 dgx-h100", "quote dgx-h100 speedup --vs dgx-1 --precision fp16",
        "calc h100-sxm5.fp8.sparse/dgx-1.fp16"})
    void text_outputs_change_only_in_their_words(String command) {
        String[] args = command.split(" ");
        Run usual = run(null, args);
        Run swapped = run(new Scrambled(), args);
        assertThat(swapped.code()).isEqualTo(usual.code());
        assertThat(swapped.out() + swapped.err()).contains("<<").isNotEqualTo(usual.out() + usual.err());
        // the first line (a table head, a verdict line, a sentence or a value) carries no warning words
        assertThat(swapped.out().lines().findFirst()).isEqualTo(usual.out().lines().findFirst());
    }
}
