package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: a chart of the bundled sheets credits what was drawn and names the sheets it skipped. */
class ChartCreditsCliTest {

    @Test
    void a_chart_of_the_bundled_sheets_is_not_credited_to_an_epoch_import_and_names_dgx_b200(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("peak.svg");
        Cli r = Cli.run("plot", "--y", "peak", "--out", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("no release date (13: ").contains("dgx-b200");
        String text = Files.readString(svg);
        assertThat(text).contains("Data: hwcalc spec sheets from ").doesNotContain("imported with hwcalc import epoch")
                .contains("skipped, no release date (13: ").contains("dgx-b200");
    }
}
