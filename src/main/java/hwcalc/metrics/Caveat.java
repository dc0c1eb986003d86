package hwcalc.metrics;

import hwcalc.spec.Core;
import hwcalc.spec.PriceKind;
import hwcalc.spec.PriceScope;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import java.util.List;
import java.util.Objects;

/**
 * A fact about the basis of a figure that a reader must be told: typed, never a sentence. The
 * render side (report.CaveatText) owns the words, in every locale; decisions (a claim's verdict,
 * a ranking's skips) test the type, so rewording a warning can change nothing else.
 *
 * <p>Each record writes out its equals and hashCode, with the meaning a record's generated ones
 * have (every component): the generated ones link an invokedynamic bootstrap on first use, about
 * a millisecond each at start-up, and compare hashes its caveats on every run (issue 17).
 * CaveatEqualityTest holds them to that.
 */
public sealed interface Caveat {

    /** Whether the figure this caveat belongs to compares different bases (a claim on it misleads). */
    default boolean mixesBases() {
        return false;
    }

    /** Whether a comparison shows it as a warning, rather than as a note on the basis. */
    default boolean isWarning() {
        return true;
    }

    /**
     * A sheet without a figure at the asked precision (on the asked units, {@code core}, when one was
     * asked); another precision's peak stands in. {@code absent}: the sheet has no figure at that
     * precision on any units, so the chip may well lack them; otherwise it has them, only not here.
     */
    record Fallback(String sheetId, Precision asked, Precision used, Core core, boolean absent) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof Fallback o
                    && Objects.equals(sheetId, o.sheetId)
                    && Objects.equals(asked, o.asked)
                    && Objects.equals(used, o.used)
                    && Objects.equals(core, o.core)
                    && absent == o.absent;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, asked, used, core, absent);
        }

        /** No units were asked for and the sheet has no figure at the asked precision. */
        public Fallback(String sheetId, Precision asked, Precision used) {
            this(sheetId, asked, used, null, true);
        }

        @Override
        public boolean mixesBases() {
            return true;
        }

        /** FP32 stands in: the chip has no unit for the asked 16-bit format (the other 16-bit format is a near twin). */
        public boolean toFp32() {
            return used == Precision.FP32;
        }
    }

    /**
     * The only tensor rate at this precision accumulates in FP16 (GeForce cards publish it beside
     * a half-as-fast FP32-accumulate rate, which this sheet lacks): not comparable with the
     * FP32-accumulate rates datacenter sheets quote, so a ranking leaves it out.
     */
    record Fp16AccumulateOnly(String sheetId, Precision precision) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof Fp16AccumulateOnly o
                    && Objects.equals(sheetId, o.sheetId)
                    && Objects.equals(precision, o.precision);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, precision);
        }

        @Override
        public boolean mixesBases() {
            return true;
        }
    }

    /** No tensor-unit figure at this precision; the vector-unit rate is used. */
    record VectorRateUsed(String sheetId, Precision precision) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof VectorRateUsed o
                    && Objects.equals(sheetId, o.sheetId)
                    && Objects.equals(precision, o.precision);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, precision);
        }

        @Override
        public boolean isWarning() {
            return false;
        }
    }

    /** A figure of this field is the sum over the sheet's parts (no declared figure). */
    record SumOfParts(String sheetId, Field field, String arithmetic) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof SumOfParts o
                    && Objects.equals(sheetId, o.sheetId)
                    && Objects.equals(field, o.field)
                    && Objects.equals(arithmetic, o.arithmetic);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, field, arithmetic);
        }

        @Override
        public boolean isWarning() {
            return false;
        }
    }

    /**
     * The index of this year is not final yet: the bundled CPI-U's annual average, or a year the
     * user's series ({@code cpiFile}, else empty) flags provisional.
     */
    record ProvisionalCpi(int year, java.util.Optional<String> cpiFile) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof ProvisionalCpi o && year == o.year && Objects.equals(cpiFile, o.cpiFile);
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, cpiFile);
        }

        public ProvisionalCpi(int year) {
            this(year, java.util.Optional.empty());
        }
    }

    /** Tensor-unit and vector-unit peaks stand side by side. */
    record CoresMixed(List<SheetCore> cores) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof CoresMixed o && Objects.equals(cores, o.cores);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cores);
        }

        public CoresMixed {
            cores = List.copyOf(cores);
        }
    }

    /** A sheet's largest declared figure is on another basis than the one compared, so it is not used. */
    record HeadlineOnOtherBasis(String sheetId, Quantity value, Precision precision, Sparsity sparsity, Core core,
                                PeakBasis compared) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof HeadlineOnOtherBasis o
                    && Objects.equals(sheetId, o.sheetId)
                    && Objects.equals(value, o.value)
                    && Objects.equals(precision, o.precision)
                    && Objects.equals(sparsity, o.sparsity)
                    && Objects.equals(core, o.core)
                    && Objects.equals(compared, o.compared);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, value, precision, sparsity, core, compared);
        }
    }

    /** Prices of different kinds (list, estimate, reseller ...) stand side by side. */
    record PriceKindsDiffer(List<SheetKind> kinds) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof PriceKindsDiffer o && Objects.equals(kinds, o.kinds);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kinds);
        }

        public PriceKindsDiffer {
            kinds = List.copyOf(kinds);
        }
    }

    /** Prices in dollars of different years stand side by side (no --adjust-to). */
    record PriceYearsDiffer(List<SheetYear> years) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof PriceYearsDiffer o && Objects.equals(years, o.years);
        }

        @Override
        public int hashCode() {
            return Objects.hash(years);
        }

        public PriceYearsDiffer {
            years = List.copyOf(years);
        }
    }

    /** Prices buy different things (a chip, a board, a system). */
    record PriceScopesDiffer(List<SheetScope> scopes) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof PriceScopesDiffer o && Objects.equals(scopes, o.scopes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scopes);
        }

        public PriceScopesDiffer {
            scopes = List.copyOf(scopes);
        }
    }

    /** An arithmetic operation on two peaks of different bases (a ratio, a sum). */
    record MixedBases(PeakBasis left, PeakBasis right, Operation operation) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof MixedBases o
                    && Objects.equals(left, o.left)
                    && Objects.equals(right, o.right)
                    && Objects.equals(operation, o.operation);
        }

        @Override
        public int hashCode() {
            return Objects.hash(left, right, operation);
        }

        @Override
        public boolean mixesBases() {
            return true;
        }
    }

    /**
     * The utilisation a time or energy figure assumes: {@code share} of peak compute (time) or of
     * the power figure (energy); {@code given} false when nobody gave one, so 100% was used.
     */
    record Utilisation(String sheetId, java.math.BigDecimal share, boolean given, boolean ofPower) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof Utilisation o
                    && Objects.equals(sheetId, o.sheetId)
                    && Objects.equals(share, o.share)
                    && given == o.given
                    && ofPower == o.ofPower;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, share, given, ofPower);
        }

        @Override
        public boolean isWarning() {
            return false;
        }
    }

    enum Field { MEMORY_CAPACITY, MEMORY_BANDWIDTH, POWER }

    enum Operation { ADD, SUBTRACT, DIVIDE, COMPARE }

    /** An owned chip's hourly cost without energy: no tariff or PUE was given (or no power figure). */
    record EnergyNotCounted(String sheetId) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof EnergyNotCounted o && Objects.equals(sheetId, o.sheetId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId);
        }
    }

    /** Rental rates from different provider tiers (hyperscaler, neocloud, marketplace) in one comparison. */
    record ProviderTiersDiffer(List<SheetTier> tiers) implements Caveat {
        @Override
        public boolean equals(Object other) {
            return other instanceof ProviderTiersDiffer o && Objects.equals(tiers, o.tiers);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tiers);
        }

        public ProviderTiersDiffer {
            tiers = List.copyOf(tiers);
        }
    }

    record SheetTier(String sheetId, hwcalc.spec.ProviderTier tier) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SheetTier o && Objects.equals(sheetId, o.sheetId) && Objects.equals(tier, o.tier);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, tier);
        }
    }

    record SheetCore(String sheetId, Core core) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SheetCore o && Objects.equals(sheetId, o.sheetId) && Objects.equals(core, o.core);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, core);
        }
    }

    record SheetKind(String sheetId, PriceKind kind) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SheetKind o && Objects.equals(sheetId, o.sheetId) && Objects.equals(kind, o.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, kind);
        }
    }

    record SheetYear(String sheetId, int year) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SheetYear o && Objects.equals(sheetId, o.sheetId) && year == o.year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, year);
        }
    }

    record SheetScope(String sheetId, PriceScope scope) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SheetScope o
                    && Objects.equals(sheetId, o.sheetId)
                    && Objects.equals(scope, o.scope);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, scope);
        }
    }
}
