package hwcalc.metrics;

import hwcalc.spec.Core;
import hwcalc.spec.PriceKind;
import hwcalc.spec.PriceScope;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import hwcalc.units.Quantity;
import java.util.List;

/**
 * A fact about the basis of a figure that a reader must be told: typed, never a sentence. The
 * render side (report.CaveatText) owns the words, in every locale; decisions (a claim's verdict,
 * a ranking's skips) test the type, so rewording a warning can change nothing else.
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
        public boolean mixesBases() {
            return true;
        }
    }

    /** No tensor-unit figure at this precision; the vector-unit rate is used. */
    record VectorRateUsed(String sheetId, Precision precision) implements Caveat {
        @Override
        public boolean isWarning() {
            return false;
        }
    }

    /** A figure of this field is the sum over the sheet's parts (no declared figure). */
    record SumOfParts(String sheetId, Field field, String arithmetic) implements Caveat {
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
        public ProvisionalCpi(int year) {
            this(year, java.util.Optional.empty());
        }
    }

    /** Tensor-unit and vector-unit peaks stand side by side. */
    record CoresMixed(List<SheetCore> cores) implements Caveat {
        public CoresMixed {
            cores = List.copyOf(cores);
        }
    }

    /** A sheet's largest declared figure is on another basis than the one compared, so it is not used. */
    record HeadlineOnOtherBasis(String sheetId, Quantity value, Precision precision, Sparsity sparsity, Core core,
                                PeakBasis compared) implements Caveat {
    }

    /** Prices of different kinds (list, estimate, reseller ...) stand side by side. */
    record PriceKindsDiffer(List<SheetKind> kinds) implements Caveat {
        public PriceKindsDiffer {
            kinds = List.copyOf(kinds);
        }
    }

    /** Prices in dollars of different years stand side by side (no --adjust-to). */
    record PriceYearsDiffer(List<SheetYear> years) implements Caveat {
        public PriceYearsDiffer {
            years = List.copyOf(years);
        }
    }

    /** Prices buy different things (a chip, a board, a system). */
    record PriceScopesDiffer(List<SheetScope> scopes) implements Caveat {
        public PriceScopesDiffer {
            scopes = List.copyOf(scopes);
        }
    }

    /** An arithmetic operation on two peaks of different bases (a ratio, a sum). */
    record MixedBases(PeakBasis left, PeakBasis right, Operation operation) implements Caveat {
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
        public boolean isWarning() {
            return false;
        }
    }

    enum Field { MEMORY_CAPACITY, MEMORY_BANDWIDTH, POWER }

    enum Operation { ADD, SUBTRACT, DIVIDE, COMPARE }

    /** An owned chip's hourly cost without energy: no tariff or PUE was given (or no power figure). */
    record EnergyNotCounted(String sheetId) implements Caveat {
    }

    /** Rental rates from different provider tiers (hyperscaler, neocloud, marketplace) in one comparison. */
    record ProviderTiersDiffer(List<SheetTier> tiers) implements Caveat {
        public ProviderTiersDiffer {
            tiers = List.copyOf(tiers);
        }
    }

    record SheetTier(String sheetId, hwcalc.spec.ProviderTier tier) {
    }

    record SheetCore(String sheetId, Core core) {
    }

    record SheetKind(String sheetId, PriceKind kind) {
    }

    record SheetYear(String sheetId, int year) {
    }

    record SheetScope(String sheetId, PriceScope scope) {
    }
}
