package hwcalc.report;

import hwcalc.metrics.Caveat;
import hwcalc.metrics.Comparison;
import hwcalc.metrics.PeakBasis;
import hwcalc.metrics.Unavailable;
import hwcalc.spec.Core;
import hwcalc.spec.Sparsity;
import java.util.stream.Collectors;

/** Traditional Chinese (zh-TW) words for the core's facts, so a zh-TW quote's warnings are in Chinese. */
final class ChineseWording implements Wording {

    static final ChineseWording INSTANCE = new ChineseWording();

    private ChineseWording() {
    }

    @Override
    public String caveat(Caveat c) {
        if (c instanceof Caveat.Fallback f) {
            String units = f.core() == null ? "" : core(f.core());
            if (!f.absent()) {
                return f.sheetId() + "：規格表無" + units + " " + f.asked().name() + " 數據，以其" + units + " " + f.used().name()
                        + " 速率代替（該晶片在其他運算單元上有 " + f.asked().name() + " 數據）";
            }
            return f.sheetId() + "：無 " + f.asked().name() + " 數據，改用 " + (f.toFp32()
                    ? "FP32（不具 " + f.asked().name() + " 運算單元的晶片，最多只能以 FP32 速率執行）"
                    : f.used().name() + "（另一種 16 位元格式）");
        }
        if (c instanceof Caveat.Fp16AccumulateOnly a) {
            return a.sheetId() + "：其唯一的 " + a.precision().name() + " 張量核心速率為 FP16 累加（與 FP32 累加速率不可比較；GeForce 卡的 FP32 累加速率只有一半）";
        }
        if (c instanceof Caveat.VectorRateUsed v) {
            return v.sheetId() + "：無張量核心 " + v.precision().name() + " 數據，改用向量單元速率";
        }
        if (c instanceof Caveat.SumOfParts s) {
            String what = switch (s.field()) {
                case MEMORY_CAPACITY -> "記憶體容量";
                case MEMORY_BANDWIDTH -> "記憶體頻寬";
                case POWER -> "功耗（僅計晶片，不含主機與散熱）";
            };
            return s.sheetId() + "：" + what + "為各元件加總 " + s.arithmetic();
        }
        if (c instanceof Caveat.ProvisionalCpi p) {
            return p.cpiFile().map(f -> f + " 的物價指數將 " + p.year() + " 年標為初步數值")
                    .orElse(p.year() + " 年的 CPI-U 為初步數值");
        }
        if (c instanceof Caveat.CoresMixed m) {
            return "比較中混用了張量核心與向量單元：" + m.cores().stream()
                    .map(x -> x.sheetId() + " " + core(x.core())).collect(Collectors.joining("、"));
        }
        if (c instanceof Caveat.HeadlineOnOtherBasis h) {
            return h.sheetId() + "：其宣傳數字 " + h.value() + " 為 " + h.precision().name()
                    + (h.sparsity() == Sparsity.SPARSE ? "（稀疏）" : "（稠密）") + "、" + core(h.core())
                    + "，與 " + basis(h.compared()) + " 基準不可比較，此處未採用";
        }
        if (c instanceof Caveat.PriceKindsDiffer k) {
            return "價格種類不同：" + k.kinds().stream()
                    .map(x -> x.sheetId() + " " + kind(x.kind())).collect(Collectors.joining("、"));
        }
        if (c instanceof Caveat.PriceYearsDiffer y) {
            return "價格為不同年份的美元（" + y.years().stream()
                    .map(x -> x.sheetId() + " " + x.year() + " 年").collect(Collectors.joining("、"))
                    + "）；加上 --adjust-to 年份，以同一年的美元比較";
        }
        if (c instanceof Caveat.PriceScopesDiffer s) {
            return "價格所買的東西不同：" + s.scopes().stream()
                    .map(x -> x.sheetId() + " 每" + scope(x.scope())).collect(Collectors.joining("、"));
        }
        if (c instanceof Caveat.MixedBases m) {
            String op = switch (m.operation()) {
                case DIVIDE, COMPARE -> "比值";
                case ADD -> "加總";
                case SUBTRACT -> "差值";
            };
            return "此" + op + "混用了不同基準：" + basis(m.left()) + " 與 " + basis(m.right())
                    + "；請以相同基準比較（相同精度，同為稠密或同為稀疏）";
        }
        if (c instanceof Caveat.Utilisation u) {
            return u.sheetId() + "：" + (u.ofPower() ? "能耗以功耗數據的 " : "運算以峰值運算能力的 ")
                    + Numbers.format(u.share().movePointRight(2), 4) + "% 計算" + (u.given()
                    ? "（--utilisation 同時用於運算與功耗的比例）" : "（未指定 --utilisation，假設為 100%）");
        }
        if (c instanceof Caveat.EnergyNotCounted e) {
            return e.sheetId() + "：自有硬體每晶片小時成本只含硬體折舊，未計電費（請以 --usd-per-kwh 與 --pue 加入）";
        }
        if (c instanceof Caveat.ProviderTiersDiffer t) {
            return "租用價格來自不同類型的供應商：" + t.tiers().stream()
                    .map(x -> x.sheetId() + " " + x.tier().key()).collect(java.util.stream.Collectors.joining("、"))
                    + "；請在 --price 加上 tier=... 以比較同類供應商";
        }
        throw new IllegalStateException("no zh-TW words for " + c);
    }

    private static String basis(PeakBasis b) {
        return b.precision().name() + (b.sparsity() == Sparsity.SPARSE ? " 稀疏" : " 稠密")
                + (b.core() == null ? "" : " " + core(b.core()));
    }

    private static String core(Core c) {
        return c == Core.TENSOR ? "張量核心" : "向量單元";
    }

    private static String kind(hwcalc.spec.PriceKind k) {
        return QuoteLocale.ZH_TW.priceKind(k);
    }

    private static String scope(hwcalc.spec.PriceScope s) {
        return switch (s) {
            case CHIP -> "顆晶片";
            case BOARD -> "張板卡";
            case SYSTEM -> "套系統";
        };
    }

    @Override
    public String unavailable(Unavailable u) {
        return switch (u.reason()) {
            case NO_PEAK -> "無 " + u.precision().name() + (u.sparsity() == Sparsity.SPARSE ? " 稀疏" : " 稠密") + "數據";
            case NO_SPARSE_PEAK -> "無 " + u.precision().name() + " 稀疏數據（稀疏速率從不由稠密數據推算）";
            case ONLY_FP16_ACCUMULATE -> "只有 FP16 累加的 " + u.precision().name() + " 張量核心速率（排名採用 FP32 累加）";
            case ONLY_FALLBACK -> "只有替代精度的數據" + (u.precision() == null ? "" : "（" + u.precision().name() + "）");
            case NO_PRICE -> "規格表上沒有價格";
            case NOT_USD -> "價格以 " + u.detail() + " 計；hwcalc 只比較美元價格";
            case NO_MEMORY_CAPACITY -> "無記憶體容量數據";
            case NO_POWER -> "無功耗數據";
            case NO_MEMORY_BANDWIDTH -> "無記憶體頻寬數據";
            case NEEDS_ENERGY_INPUTS -> "需要 --usd-per-kwh 與 --years";
            case NEEDS_FLOP_BUDGET -> "需要 --flop-budget";
            case NO_RELEASE_DATE -> "無發表日期";
            case PRICE_OUTSIDE_CPI -> "價格日期超出 CPI-U 資料範圍（" + u.detail() + "）";
            case NO_MATCHING_PRICE -> "內建資料與 --specs 中沒有符合 --price 條件的" + (u.detail() == null || u.detail().isEmpty()
                    ? "" : " " + u.detail() + " ") + "價格紀錄";
            case NEEDS_HOURLY_PRICE -> "需要 --price 指定租用價格種類（on-demand、spot、commit-1y、commit-3y）或 owned";
            case RENTAL_NOT_PURCHASE -> "此指標以購買價格計算；每小時租用價不是一次付清的價格";
            case NO_CHIP_COUNT -> "晶片數量不明（規格表未列出運算元件）";
        };
    }

    @Override
    public String likeForLike(Comparison.LikeForLike l) {
        return "以 " + l.precision().name() + (l.sparsity() == Sparsity.SPARSE ? " 稀疏" : " 稠密") + " 同基準比較："
                + l.sheetId() + " " + l.value() + " / " + l.baseId() + " " + l.baseValue() + " = "
                + Numbers.format(l.ratio(), 4) + " 倍";
    }
}
