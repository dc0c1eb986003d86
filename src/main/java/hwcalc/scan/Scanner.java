package hwcalc.scan;

import hwcalc.spec.Catalogue;
import hwcalc.spec.Precision;
import hwcalc.spec.Sparsity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every figure of a text and attaches each to what it speaks of: the subject named nearest
 * before it in its sentence (else after it, else earlier in the paragraph), and the field its
 * unit and words give. A figure that cannot be attached is kept as unmatched with its reason; a
 * figure that is no hardware claim is kept as such.
 */
public final class Scanner {

    /** One figure of the text, its sentence, and what it was attached to. */
    public record Found(Figure figure, String sentence, Attachment attachment) {
    }

    private final Names names;

    public Scanner(Catalogue catalogue) {
        this.names = new Names(catalogue);
    }

    public List<Found> scan(String text, String file) {
        List<Figure> figures = new ArrayList<>(FigureFinder.find(text, file));
        for (Figure w : FigureFinder.wordCounts(text, file)) {
            if (figures.stream().noneMatch(f -> f.start() < w.end() && w.start() < f.end())) {
                figures.add(w);
            }
        }
        figures.sort(Comparator.comparingInt(Figure::start));
        List<Names.Mention> mentions = names.find(text);
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            int[] sentence = sentence(text, f.start());
            int[] paragraph = paragraph(text, f.start());
            int clauseFrom = Math.max(sentence[0], i > 0 ? figures.get(i - 1).end() : 0);
            int clauseTo = Math.min(sentence[1], i + 1 < figures.size() ? figures.get(i + 1).start() : text.length());
            String words = text.substring(clauseFrom, Math.max(clauseFrom, clauseTo));
            String sentenceText = text.substring(sentence[0], sentence[1]).strip();
            out.add(new Found(f, sentenceText, attach(text, f, sentence, paragraph, words, mentions)));
        }
        return out;
    }

    private static final Pattern HARDWARE_WORDS = Pattern.compile("(?i)GPU|CPU|TPU|chip|晶片|芯片|伺服器|server|超級電腦|supercomputer"
            + "|accelerator|FLOPS|運算|compute|training|訓練|hardware|硬體|data ?cent|memory|HBM|記憶體|顯示卡");

    private Attachment attach(String text, Figure f, int[] sentence, int[] paragraph, String words, List<Names.Mention> mentions) {
        if (f.counted() != null && f.counted().startsWith("!")) {
            return new Attachment.NotHardware(Attachment.NotHardwareReason.COUNTS_NO_HARDWARE);
        }
        List<Names.Mention> inSentence = mentions.stream().filter(m -> m.start() >= sentence[0] && m.end() <= sentence[1])
                .filter(m -> m.end() <= f.start() || m.start() >= f.end()).toList();
        List<Names.Mention> inside = mentions.stream().filter(m -> m.start() >= f.start() && m.end() <= f.end()).toList();
        Kind kind = f.kind();
        // 8x H100: a multiplier before a chip's name counts chips
        if (kind == Kind.RATIO && inSentence.stream().anyMatch(m -> m.start() >= f.end() && text.substring(f.end(), m.start()).isBlank()
                && m.subject() instanceof Subject.Sheet)) {
            kind = Kind.COUNT;
        }
        Names.Mention[] pair = kind == Kind.RATIO ? ratioPair(text, f, inSentence) : null;
        Names.Mention chosen = pair != null && pair[0] != null ? pair[0]
                : choose(kind, f, pair == null ? inSentence : inSentence.stream().filter(m -> m != pair[1]).toList());
        boolean fromContext = false;
        if (chosen == null) {
            // named earlier in the paragraph, else earlier in the article (a spec figure: a sheet, not a company)
            boolean spec = isSpecFigure(kind, f);
            chosen = mentions.stream().filter(m -> m.start() >= paragraph[0] && m.end() <= sentence[0])
                    .filter(m -> !spec || !(m.subject() instanceof Subject.Named)).reduce((a, b) -> b)
                    .or(() -> spec ? mentions.stream().filter(m -> m.end() <= sentence[0])
                            .filter(m -> !(m.subject() instanceof Subject.Named)).reduce((a, b) -> b) : java.util.Optional.empty())
                    .orElse(null);
            fromContext = chosen != null;
        }
        String sentenceText = text.substring(sentence[0], sentence[1]);
        boolean hardwareKind = kind != Kind.MONEY && kind != Kind.PERCENT && kind != Kind.RATIO;
        boolean hardwareSentence = inSentence.stream().anyMatch(m -> !(m.subject() instanceof Subject.Named))
                || inside.stream().anyMatch(m -> !(m.subject() instanceof Subject.Named))
                || HARDWARE_WORDS.matcher(sentenceText).find()
                || chosen != null && chosen.subject() instanceof Subject.Named n && n.kind() == Subject.NamedKind.HARDWARE_COMPANY && !fromContext;
        if (!hardwareKind && !hardwareSentence) {
            return new Attachment.NotHardware(Attachment.NotHardwareReason.NO_HARDWARE_IN_SENTENCE);
        }
        if (chosen == null) {
            return new Attachment.Unmatched(Attachment.UnmatchedReason.NO_SUBJECT, null, List.of());
        }
        Subject subject = narrow(chosen.subject(), mentions, paragraph);
        if (subject instanceof Subject.Ambiguous a) {
            return new Attachment.Unmatched(Attachment.UnmatchedReason.AMBIGUOUS_NAME, a, a.candidates());
        }
        Subject other = pair == null || pair[1] == null ? null : narrow(pair[1].subject(), mentions, paragraph);
        return new Attachment.Attached(subject, field(kind, f, words, sentenceText, subject, other), fromContext);
    }

    private static final java.util.Set<String> CHIP_NOUNS = java.util.Set.of("chip", "chips", "gpu", "gpus", "tpu", "tpus",
            "accelerator", "accelerators", "transistors", "transistor", "stacks", "stack", "tiles", "dies", "chiplets", "superchips");

    /** A figure of a chip's spec sheet: a company is never its subject ("Google ... 16GB per chip" is the TPU's memory). */
    private static boolean isSpecFigure(Kind kind, Figure f) {
        return switch (kind) {
            case RATE, MEMORY, BANDWIDTH, POWER, WEIGHT -> true;
            case COUNT -> f.counted() != null && CHIP_NOUNS.contains(f.counted().toLowerCase(java.util.Locale.ROOT));
            default -> false;
        };
    }

    /** The subject: nearest before the figure in its sentence (a chip over a company for a chip's figure), else nearest after. */
    private static Names.Mention choose(Kind kind, Figure f, List<Names.Mention> inSentence) {
        if (isSpecFigure(kind, f)) {
            inSentence = inSentence.stream().filter(m -> !(m.subject() instanceof Subject.Named n) || n.kind() == Subject.NamedKind.WORKLOAD).toList();
        }
        Names.Mention before = inSentence.stream().filter(m -> m.end() <= f.start()).reduce((a, b) -> b).orElse(null);
        boolean chipFigure = kind != Kind.MONEY && kind != Kind.PERCENT && kind != Kind.GROWTH;
        if (chipFigure && before != null && before.subject() instanceof Subject.Named n && n.kind() != Subject.NamedKind.WORKLOAD) {
            Names.Mention sheet = inSentence.stream().filter(m -> !(m.subject() instanceof Subject.Named))
                    .min(Comparator.comparingInt(m -> Math.abs(m.start() - f.start()))).orElse(null);
            if (sheet != null) {
                return sheet;
            }
        }
        if (before != null) {
            return before;
        }
        return inSentence.stream().filter(m -> m.start() >= f.end()).findFirst().orElse(null);
    }

    private static final Pattern THAN_BEFORE = Pattern.compile("(?i)(?:比|相較於|相比|than|over|vs\\.?|versus|compared (?:to|with)|against)\\s*$");
    private static final Pattern THAN_AFTER = Pattern.compile("(?i)比|相較|than|over|vs|versus|compared|against");

    /** The two systems of a ratio: "H100 比 A100 快 3 倍", "9x faster than the A100". */
    private static Names.Mention[] ratioPair(String text, Figure f, List<Names.Mention> inSentence) {
        List<Names.Mention> before = inSentence.stream().filter(m -> m.end() <= f.start()).toList();
        for (int i = before.size() - 1; i >= 1; i--) {
            Names.Mention m = before.get(i);
            String lead = text.substring(Math.max(0, m.start() - 14), m.start());
            if (THAN_BEFORE.matcher(lead).find()) {
                return new Names.Mention[] {before.get(i - 1), m};
            }
        }
        for (Names.Mention m : inSentence) {
            if (m.start() >= f.end() && THAN_AFTER.matcher(text.substring(f.end(), m.start())).find()
                    && !(m.subject() instanceof Subject.Named)) {
                List<Names.Mention> rest = inSentence.stream().filter(x -> x != m && x.end() <= f.start()).toList();
                return new Names.Mention[] {rest.isEmpty() ? null : rest.get(rest.size() - 1), m};
            }
        }
        return null;
    }

    /** An ambiguous name ("DGX") is narrowed only when the paragraph names exactly one of its candidates outright ("DGX-1"). */
    private static Subject narrow(Subject s, List<Names.Mention> mentions, int[] paragraph) {
        if (!(s instanceof Subject.Ambiguous a)) {
            return s;
        }
        List<String> named = mentions.stream().filter(m -> m.start() >= paragraph[0] && m.end() <= paragraph[1])
                .map(Names.Mention::subject).filter(x -> x instanceof Subject.Sheet).map(x -> ((Subject.Sheet) x).id())
                .filter(a.candidates()::contains).distinct().toList();
        return named.size() == 1 ? new Subject.Sheet(named.get(0), a.asked(), Subject.NameMatch.CONTEXT) : s;
    }

    private static final Pattern MARKET_CAP = Pattern.compile("(?i)市值|market (?:cap|value|capitali[sz]ation)|valuation|valued at");
    private static final Pattern OTHER_MONEY = Pattern.compile("(?i)成本|研發|R&D|invest|spent|spend|revenue|營收|sales|fund|budget|開發|develop");
    private static final Pattern PRICE = Pattern.compile("(?i)報價|售價|定價|價格|價|price|priced|cost|sells? for|sold for|list|retail|MSRP|售|買|buy");
    private static final Pattern DRAWDOWN = Pattern.compile("(?i)下跌|跌|fell|fall|drop|declin|plung|lost|drawdown|slump");

    private static Field field(Kind kind, Figure f, String words, String sentence, Subject subject, Subject other) {
        return switch (kind) {
            case RATE -> new Field.Peak(precision(words, f), sparsity(words), core(ownWords(words, f)));
            case MEMORY -> new Field.Memory();
            case BANDWIDTH -> new Field.Bandwidth();
            case POWER -> new Field.Power();
            case WEIGHT -> new Field.Weight();
            case MONEY -> MARKET_CAP.matcher(words).find() ? new Field.MarketCap()
                    : OTHER_MONEY.matcher(words).find() ? new Field.OtherMoney()
                    : PRICE.matcher(words).find() || subject instanceof Subject.Sheet ? new Field.Price() : new Field.OtherMoney();
            case RATIO -> new Field.Ratio(other, precision(sentence, null), sparsity(sentence));
            case COUNT -> new Field.Count(f.counted() == null ? "" : f.counted());
            case GROWTH -> new Field.Doubling();
            case PERCENT -> DRAWDOWN.matcher(words).find() ? new Field.Drawdown() : new Field.Share();
        };
    }

    private static final Object[][] PRECISIONS = {
        {Pattern.compile("(?i)FP64|double[- ]precision|雙精度"), Precision.FP64},
        {Pattern.compile("(?i)TF32"), Precision.TF32},
        {Pattern.compile("(?i)FP32|single[- ]precision|單精度"), Precision.FP32},
        {Pattern.compile("(?i)BF16|bfloat16"), Precision.BF16},
        {Pattern.compile("(?i)FP16|half[- ]precision|半精度|16-bit"), Precision.FP16},
        {Pattern.compile("(?i)FP8|8-bit float"), Precision.FP8},
        {Pattern.compile("(?i)FP6"), Precision.FP6},
        {Pattern.compile("(?i)FP4"), Precision.FP4},
        {Pattern.compile("(?i)INT8|8-bit integer"), Precision.INT8},
        {Pattern.compile("(?i)INT4"), Precision.INT4},
    };

    /** The precision word nearest the figure in its clause; TOPS alone means INT8. */
    static Precision precision(String words, Figure f) {
        Precision best = null;
        int bestAt = Integer.MAX_VALUE;
        String text = f == null ? words : words + " " + f.text();
        for (Object[] p : PRECISIONS) {
            Matcher m = ((Pattern) p[0]).matcher(text);
            while (m.find()) {
                int at = f == null ? m.start() : Math.abs(m.start() - words.indexOf(f.text()));
                if (at < bestAt) {
                    best = (Precision) p[1];
                    bestAt = at;
                }
            }
        }
        if (best == null && f != null && f.unit().endsWith("OPS") && !f.unit().endsWith("FLOPS")) {
            return Precision.INT8;
        }
        return best;
    }

    /**
     * The words that belong to this figure alone: after it up to the next figure, and before it back
     * to the last comma ("..., and 60 teraflops of peak FP32" must not take the "tensor" of the figure before).
     */
    static String ownWords(String clause, Figure f) {
        int at = clause.indexOf(f.text());
        if (at < 0) {
            return clause;
        }
        String before = clause.substring(0, at);
        int comma = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf('，')), before.lastIndexOf('、'));
        return before.substring(comma + 1) + clause.substring(at);
    }

    static hwcalc.spec.Core core(String words) {
        if (Pattern.compile("(?i)tensor|張量").matcher(words).find()) {
            return hwcalc.spec.Core.TENSOR;
        }
        return Pattern.compile("(?i)standard|vector|CUDA cores?|non-tensor").matcher(words).find() ? hwcalc.spec.Core.VECTOR : null;
    }

    static Sparsity sparsity(String words) {
        if (Pattern.compile("(?i)sparse|sparsity|稀疏").matcher(words).find()) {
            return Sparsity.SPARSE;
        }
        return Pattern.compile("(?i)dense|稠密").matcher(words).find() ? Sparsity.DENSE : null;
    }

    /** [start, end) of the sentence around offset: up to 。！？!? or ". ", never past a line break. */
    static int[] sentence(String s, int at) {
        int from = at;
        while (from > 0 && !endsSentence(s, from - 1)) {
            from--;
        }
        int to = at;
        while (to < s.length() && !endsSentence(s, to)) {
            to++;
        }
        return new int[] {from, Math.min(s.length(), to + 1)};
    }

    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        if ("。！？!?\n".indexOf(c) >= 0) {
            return true;
        }
        return c == '.' && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)) && i > 0 && !Character.isDigit(s.charAt(i - 1))
                && !(i >= 2 && (s.charAt(i - 2) == ' ' || s.charAt(i - 2) == '.') && Character.isUpperCase(s.charAt(i - 1)));
    }

    /** [start, end) of the paragraph around offset: runs of non-blank lines. */
    static int[] paragraph(String s, int at) {
        int from = s.lastIndexOf("\n\n", at);
        int to = s.indexOf("\n\n", at);
        return new int[] {from < 0 ? 0 : from + 2, to < 0 ? s.length() : to};
    }
}
