package hwcalc.report;

import hwcalc.metrics.Caveat;
import hwcalc.metrics.Comparison;
import hwcalc.metrics.PeakBasis;
import hwcalc.metrics.Unavailable;
import hwcalc.spec.Sparsity;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** English words for the core's facts (the words of every command's warnings). */
final class EnglishWording implements Wording {

    static final EnglishWording INSTANCE = new EnglishWording();

    private EnglishWording() {
    }

    @Override
    public String caveat(Caveat c) {
        if (c instanceof Caveat.Fallback f) {
            String units = f.core() == null ? "" : " " + f.core().key() + "-unit";
            if (!f.absent()) { // the chip has the precision, only not as asked: say no more than that
                return f.sheetId() + ": FALLBACK no " + f.asked().name() + units + " figure on the sheet; its "
                        + f.used().name() + units + " rate stands in (it has " + f.asked().name() + " figures on other units)";
            }
            return f.sheetId() + ": FALLBACK no " + f.asked().name() + units + " figure; using " + f.used().name() + (f.toFp32()
                    ? " (a chip without " + f.asked().name() + " units runs it at best at its FP32 rate)"
                    : " (the other 16-bit format)");
        }
        if (c instanceof Caveat.Fp16AccumulateOnly a) {
            return a.sheetId() + ": its only " + a.precision().name() + " tensor rate accumulates in FP16 (not comparable with"
                    + " FP32-accumulate rates, which are half as fast on GeForce cards)";
        }
        if (c instanceof Caveat.VectorRateUsed v) {
            return v.sheetId() + ": no tensor-unit " + v.precision().name() + " figure; using the vector-unit rate";
        }
        if (c instanceof Caveat.SumOfParts s) {
            String what = switch (s.field()) {
                case MEMORY_CAPACITY -> "memory capacity";
                case MEMORY_BANDWIDTH -> "memory bandwidth";
                case POWER -> "power (chips only, no host or cooling)";
            };
            return s.sheetId() + ": " + what + " is the sum of parts " + s.arithmetic();
        }
        if (c instanceof Caveat.ProvisionalCpi p) {
            return p.cpiFile().map(f -> "the CPI series in " + f + " marks " + p.year() + " provisional")
                    .orElse("CPI-U for " + p.year() + " is provisional");
        }
        if (c instanceof Caveat.CoresMixed m) {
            // StringJoiner loops, not streams, for the caveats compare prints: a lambda is a bootstrap at start-up (issue 17)
            StringJoiner cores = new StringJoiner(", ");
            for (Caveat.SheetCore x : m.cores()) {
                cores.add(x.sheetId() + " " + x.core().key());
            }
            return "tensor and vector units are compared: " + cores;
        }
        if (c instanceof Caveat.HeadlineOnOtherBasis h) {
            return h.sheetId() + ": its headline " + h.value() + " is " + h.precision().name() + " "
                    + (h.sparsity() == Sparsity.SPARSE ? "with sparsity" : "dense") + " (" + h.core().key()
                    + "); not comparable with " + basis(h.compared()) + ", so it is not used here";
        }
        if (c instanceof Caveat.PriceKindsDiffer k) {
            StringJoiner kinds = new StringJoiner(", ");
            for (Caveat.SheetKind x : k.kinds()) {
                kinds.add(x.sheetId() + " " + x.kind().label());
            }
            return "prices are of different kinds: " + kinds;
        }
        if (c instanceof Caveat.PriceYearsDiffer y) {
            StringJoiner years = new StringJoiner(", ");
            for (Caveat.SheetYear x : y.years()) {
                years.add(x.sheetId() + " " + x.year());
            }
            return "prices are in dollars of different years (" + years + "); add --adjust-to YEAR to compare them in one year's dollars";
        }
        if (c instanceof Caveat.PriceScopesDiffer s) {
            StringJoiner scopes = new StringJoiner(", ");
            for (Caveat.SheetScope x : s.scopes()) {
                scopes.add(x.sheetId() + " per " + x.scope().key());
            }
            return "prices buy different things: " + scopes;
        }
        if (c instanceof Caveat.MixedBases m) {
            String op = switch (m.operation()) {
                case DIVIDE, COMPARE -> "ratio";
                case ADD -> "sum";
                case SUBTRACT -> "difference";
            };
            String sign = switch (m.operation()) {
                case DIVIDE, COMPARE -> " / ";
                case ADD -> " + ";
                case SUBTRACT -> " - ";
            };
            return "this " + op + " mixes bases: " + basis(m.left()) + sign + basis(m.right())
                    + "; compare like with like (same precision, both dense or both sparse)";
        }
        if (c instanceof Caveat.Utilisation u) {
            return u.sheetId() + ": " + (u.ofPower() ? "energy" : "compute") + " at " + Numbers.format(u.share().movePointRight(2), 4)
                    + "% of its " + (u.ofPower() ? "power figure" : "peak") + (u.given()
                    ? " (--utilisation, used alike for the share of peak compute and of power)"
                    : " (no --utilisation given, so 100% is assumed)");
        }
        if (c instanceof Caveat.EnergyNotCounted e) {
            return e.sheetId() + ": the owned cost per chip-hour is the hardware alone; energy is not counted"
                    + " (give --usd-per-kwh and --pue to add it)";
        }
        if (c instanceof Caveat.ProviderTiersDiffer t) {
            return "rates come from different kinds of provider: " + t.tiers().stream()
                    .map(x -> x.sheetId() + " " + x.tier().key()).collect(Collectors.joining(", "))
                    + "; add tier=... to --price to compare one kind";
        }
        throw new IllegalStateException("no English words for " + c);
    }

    static String basis(PeakBasis b) {
        return b.precision().name() + " " + b.sparsity().key() + (b.core() == null ? "" : " " + b.core().key());
    }

    @Override
    public String unavailable(Unavailable u) {
        return switch (u.reason()) {
            case NO_PEAK -> "no " + u.precision().name() + " " + u.sparsity().key() + " figure";
            case NO_SPARSE_PEAK -> "no " + u.precision().name() + " sparse figure (sparse rates are never derived from dense ones)";
            case ONLY_FP16_ACCUMULATE -> "only an FP16-accumulate " + u.precision().name() + " tensor rate (ranked rates accumulate in FP32)";
            case ONLY_FALLBACK -> "only a fallback precision" + (u.precision() == null ? "" : " (" + u.precision().name() + ")");
            case NO_PRICE -> "no price on the sheet";
            case NOT_USD -> "the price is in " + u.detail() + "; hwcalc compares USD prices only";
            case NO_MEMORY_CAPACITY -> "no memory capacity figure";
            case NO_POWER -> "no power figure";
            case NO_MEMORY_BANDWIDTH -> "no memory bandwidth figure";
            case NEEDS_ENERGY_INPUTS -> "needs --usd-per-kwh and --years";
            case NEEDS_FLOP_BUDGET -> "needs --flop-budget";
            case NO_RELEASE_DATE -> "no release date";
            case PRICE_OUTSIDE_CPI -> "price dated outside the CPI-U data (" + u.detail() + ")";
            case NO_MATCHING_PRICE -> "no " + (u.detail() == null || u.detail().isEmpty() ? "price" : u.detail())
                    + " observation is bundled or in --specs that matches --price";
            case NEEDS_HOURLY_PRICE -> "needs --price with a rental kind (on-demand, spot, commit-1y, commit-3y) or owned";
            case RENTAL_NOT_PURCHASE -> "a purchase metric; a rental rate per hour is not a price paid once";
            case NO_CHIP_COUNT -> "chip count unknown (the sheet lists no compute parts)";
        };
    }

    @Override
    public String likeForLike(Comparison.LikeForLike l) {
        return "like for like at " + l.precision().name() + " " + l.sparsity().key() + ": " + l.sheetId() + " "
                + l.value() + " / " + l.baseId() + " " + l.baseValue() + " = " + Numbers.format(l.ratio(), 4) + "x";
    }
}
