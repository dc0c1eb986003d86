package hwcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Issue 16: CSV that pandas or a spreadsheet reads into numbers: exact values, units in their own column. */
class CsvForMachinesTest {

    static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(text)).getRecords();
    }

    @Test
    void compare_csv_has_exact_numbers_and_units_apart() throws Exception {
        List<CSVRecord> rows = csv(Cli.run("compare", "dgx-1", "dgx-h100", "--format", "csv").out());
        CSVRecord h100 = rows.stream().filter(r -> r.get("metric").equals("peak") && r.get("id").equals("dgx-h100")).findFirst().orElseThrow();
        // 8 x 989.4 = 7915.2 TFLOPS, not the display's "7,915 TFLOPS"; 7915.2 / 170 = 46.56
        assertThat(new BigDecimal(h100.get("value"))).isEqualByComparingTo("7915.2");
        assertThat(h100.get("unit")).isEqualTo("TFLOPS");
        assertThat(new BigDecimal(h100.get("ratioToFirst"))).isEqualByComparingTo("46.56");
        CSVRecord price = rows.stream().filter(r -> r.get("metric").equals("price") && r.get("id").equals("nvidia-dgx-1")).findFirst().orElseThrow();
        assertThat(new BigDecimal(price.get("value"))).isEqualByComparingTo("129000");
        assertThat(price.get("dollarYear")).isEqualTo("2016");
    }

    @Test
    void rank_csv_has_exact_numbers() throws Exception {
        List<CSVRecord> rows = csv(Cli.run("rank", "--by", "usd-per-tflops", "--precision", "fp16", "--format", "csv").out());
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(new BigDecimal(r.get("value"))).isPositive());
        assertThat(rows.get(0).get("unit")).isEqualTo("USD/TFLOPS");
    }

    @Test
    void trend_csv_lists_the_points() throws Exception {
        Cli r = Cli.run("trend", "--y", "flops-per-usd", "--precision", "fp32", "--format", "csv");
        assertThat(r.code()).isZero();
        List<CSVRecord> rows = csv(r.out());
        assertThat(rows.size()).isGreaterThanOrEqualTo(3);
        assertThat(rows).allSatisfy(p -> {
            assertThat(Double.parseDouble(p.get("year"))).isBetween(1990.0, 2030.0);
            assertThat(new BigDecimal(p.get("value"))).isPositive();
            assertThat(Double.parseDouble(p.get("fitted"))).isPositive();
        });
    }
}
