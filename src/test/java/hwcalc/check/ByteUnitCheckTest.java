package hwcalc.check;

import static hwcalc.check.Sheets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** values.gib-gb: each way a GB/GiB mix-up shows, with the exact message, and the near misses that are not one. */
class ByteUnitCheckTest {

    private static final String RULE = "8 values.gib-gb: ";

    private static String capacity(String value) {
        return "  capacity: {value: " + value + ", source: s}";
    }

    @Test
    void a_three_digit_capacity_that_is_a_gib_size_converted_is_flagged() {
        // 1.024^3 = 1.073741824; 85.85 / 1.0737 = 79.95 and 85.95 / 1.0737 = 80.05: 80 GiB lies within the rounding
        assertThat(findings("t", "accelerator", "memory:", capacity("85.9 GB"))).containsExactly(RULE
                + "memory capacity 85.9 GB is 80 GiB converted (85.9 GB / 1.0737): sizes are whole numbers in the"
                + " vendor's unit; write 80 GiB if the source says so");
    }

    @Test
    void four_is_the_smallest_size_flagged() {
        // 4.2945 / 1.0737 = 3.9996, 4.2955 / 1.0737 = 4.0005: 4 GiB
        assertThat(findings("t", "accelerator", "memory:", capacity("4.295 GB"))).containsExactly(RULE
                + "memory capacity 4.295 GB is 4 GiB converted (4.295 GB / 1.0737): sizes are whole numbers in the"
                + " vendor's unit; write 4 GiB if the source says so");
    }

    @Test
    void a_binary_capacity_that_is_a_decimal_size_converted_is_flagged_with_decimal_names() {
        // 74.5 GiB is 74.5 x 2^30 B = 79.99e9 B: 80 GB converted. 74.45 x 1.0737 = 79.94, 74.55 x 1.0737 = 80.05: 80
        assertThat(findings("t", "accelerator", "memory:", capacity("74.5 GiB"))).containsExactly(RULE
                + "memory capacity 74.5 GiB is 80 GB converted (74.5 GiB x 1.0737): sizes are whole numbers in the"
                + " vendor's unit; write 80 GB if the source says so");
    }

    @Test
    void a_binary_capacity_that_is_a_binary_size_in_decimal_digits_is_flagged_as_mislabelled() {
        // 80 GiB = 85.9 GB; written as 85.9 GiB it is 92.2 GB (85.9 x 1.0737 = 92.23: no whole multiple of 4 in
        // 85.85-85.95 x 1.0737 = 92.18-92.29), but 85.85 / 1.0737 = 79.96 and 85.95 / 1.0737 = 80.05 hold 80
        assertThat(findings("t", "accelerator", "memory:", capacity("85.9 GiB"))).containsExactly(RULE
                + "memory capacity 85.9 GiB is 80 GiB read as GB (85.9 GiB / 1.0737 = 80): a GB figure labelled GiB?");
    }

    @Test
    void a_binary_capacity_near_but_not_at_a_decimal_size_is_not_flagged() {
        // 85.41 GiB: 85.405-85.415 x 1.0737 = 91.70-91.71 and / 1.0737 = 79.543-79.552: neither holds a multiple of 4
        assertThat(findings("t", "accelerator", "memory:", capacity("85.41 GiB"))).isEmpty();
    }

    @Test
    void the_rounding_interval_is_closed_at_its_upper_end() {
        // kB/KiB: k = 1.024; 31.25 x 1.024 = 32 exactly (both binary fractions), so 32 is in [31.15, 31.25] x 1.024
        assertThat(findings("t", "accelerator", "memory:", capacity("31.2 kB"))).containsExactly(RULE
                + "memory capacity 31.2 kB is 32 kB read as KiB (31.2 kB x 1.0240 = 32): a KiB figure labelled kB?");
    }

    @Test
    void a_fraction_that_converts_to_no_whole_multiple_of_4_is_not_flagged() {
        // 42.75 / 1.0737 = 39.81 and 42.85 / 1.0737 = 39.91: 40 lies above; x 1.0737: 45.90-46.01, no multiple of 4
        assertThat(findings("t", "accelerator", "memory:", capacity("42.8 GB"))).isEmpty();
    }

    @Test
    void whole_numbers_and_two_digit_figures_are_never_flagged() {
        // 101 GB x 1.0737 = 108.4 (100.5-101.5 gives 107.9-109.0, which holds 108), but 101 is a whole number
        assertThat(findings("t", "accelerator", "memory:", capacity("101 GB"))).isEmpty();
        // 4.3 GB: two significant digits, too rough to say anything (4.25-4.35 / 1.0737 = 3.96-4.05 holds 4)
        assertThat(findings("t", "accelerator", "memory:", capacity("4.3 GB"))).isEmpty();
    }

    @Test
    void a_figure_and_an_alternative_that_differ_by_1_024_to_the_fifth_are_the_same_size() {
        // 1 PiB / 1 PB = 2^50 / 10^15 = 1.024^5 = 1.125899...
        assertThat(findings("t", "system", "memory:",
                "  capacity: {value: 1 PB, source: s, alternatives: [{value: 1 PiB, source: s}]}")).containsExactly(RULE
                + "memory capacity 1 PB and its alternative 1 PiB differ by 1.1259 = 1.024^5, the GB/GiB factor: one of"
                + " them is the same size read in the other unit");
    }

    @Test
    void a_bandwidth_in_binary_units_is_flagged_with_its_decimal_value() {
        // 1 PiB/s = 2^50 B/s = 1.1259e15 B/s = 1126 TB/s (4 digits)
        assertThat(findings("t", "system", "memory:", "  bandwidth: {value: 1 PiB/s, source: s}")).containsExactly(
                RULE + "memory bandwidth 1 PiB/s is in binary units; vendors quote bandwidth in decimal GB/s or TB/s"
                        + " (1 PiB/s = 1126 TB/s): check that the source really says PiB/s");
    }

    @Test
    void a_bandwidth_in_plain_bytes_is_neither_binary_nor_decimal() {
        assertThat(findings("t", "system", "memory:",
                "  bandwidth: {value: 800000000000 B/s, source: s, note: 745 GiB/s}")).isEmpty();
    }

    @Test
    void a_decimal_capacity_whose_note_speaks_of_gib_is_flagged() {
        assertThat(findings("t", "accelerator", "memory:", "  capacity: {value: 80 GB, source: s, note: 80 GiB in the manual}"))
                .containsExactly(RULE + "memory capacity 80 GB is in decimal units but its note speaks of binary ones"
                        + " (\"80 GiB in the manual\"): check which the source gives");
    }

    @Test
    void a_decimal_bandwidth_whose_note_counts_in_1024_is_flagged() {
        assertThat(findings("t", "accelerator", "memory:", "  bandwidth: {value: 819 GB/s, source: s, note: counted with 1024}"))
                .containsExactly(RULE + "memory bandwidth 819 GB/s is in decimal units but its note speaks of binary"
                        + " ones (\"counted with 1024\"): check which the source gives");
    }

    @Test
    void a_binary_capacity_whose_note_speaks_of_gib_is_consistent() {
        assertThat(findings("t", "accelerator", "memory:", "  capacity: {value: 80 GiB, source: s, note: 80 GiB in the manual}"))
                .isEmpty();
    }

    @Test
    void a_capacity_in_plain_bytes_with_a_binary_note_is_not_flagged() {
        assertThat(findings("t", "accelerator", "memory:",
                "  capacity: {value: 85899345920 B, source: s, note: 80 GiB}")).isEmpty();
    }
}
