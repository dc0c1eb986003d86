package hwcalc.scan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a text in English or Traditional Chinese: a number (digits with commas,
 * 萬/億/兆 groups such as 1 萬 6000, Chinese numerals such as 一兆, English scale words) followed
 * by a unit or counted noun it knows. Numbers with no unit (years, ages, model names such as
 * GPT-4.5, addresses) are not figures and are left out here.
 */
final class FigureFinder {

    private FigureFinder() {
    }

    private static final Pattern ASCII_NUMBER = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final String HAN_DIGITS = "零〇一二兩两三四五六七八九";
    private static final String HAN_UNITS = "十百千萬万億亿兆";
    private static final Pattern SCALE = Pattern.compile("(?i)(thousand|million|billion|trillion)(?![A-Za-z])");
    private static final Pattern RANGE = Pattern.compile("(?i)\\s*(?:to|-|–|—|~|～|至|到)\\s*(?:US\\$|\\$)?(?=[0-9])");
    private static final Pattern PRECISION_WORD = Pattern.compile("(?i)(?:(?:FP\\d+|BF16|TF32|INT\\d|\\d+-bit|half[- ]precision"
            + "|single[- ]precision|double[- ]precision|theoretical|peak|sparse|dense|tensor|AI)\\s+){1,3}");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "(?:年|月|日|歲|岁|號|号|樓|楼|世紀|點|时|時|分鐘|分|秒|公分|公里|位)");
    private static final Pattern MONTHS = Pattern.compile("(?i)(?:個月|个月|-?months?(?![A-Za-z]))");
    private static final Pattern DOUBLING = Pattern.compile("(?i)doubl|增加一倍|翻倍|翻一番|成長一倍|倍增");
    private static final String EN_NOUNS = "servers?|GPUs?|CPUs?|chips?|cores?|machines?|nodes?|accelerators?|processors?|racks?"
            + "|transistors?|TPUs?|superchips?|chiplets?|cards?|systems?|pods?|stacks?|tiles?|dies";
    private static final Pattern EN_COUNT = Pattern.compile("(?i)((?:[\\w\\-]+\\s+){0,3}?)(" + EN_NOUNS + ")(?![A-Za-z])"
            + "(?:\\s+(" + EN_NOUNS + ")(?![A-Za-z]))?");
    /** "CDNA 3 GPU tiles", "Zen 4 CPU cores": a capitalised name and its generation number, not a count. */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\w-])[A-Z][A-Za-z]*\\s$");
    private static final Pattern ZH_COUNT = Pattern.compile("([台臺顆颗個个張张片部座組组枚套])\\s*([^。，,！？!?；;\\n]{0,8}?)"
            + "(伺服器|服务器|電腦|电脑|機器|机器|GPU|CPU|TPU|晶片|芯片|處理器|处理器|核心(?![\\p{IsHan}&&[^的與和、]])|顯示卡|顯卡"
            + "|加速器|主機|機櫃|電晶體|晶體管)");
    private static final Pattern ZH_NOT_HARDWARE_COUNT = Pattern.compile("([間间家名位人種种項项條条])([^。，,！？!?；;\\s]{0,6})");
    private static final Pattern EN_WORD_NUMBER = Pattern.compile(
            "(?i)(?<![A-Za-z])(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|twenty-four|twenty|thirty-two|sixty-four)\\s+");

    private record Unit(Pattern pattern, Kind kind, String symbol, BigDecimal factor) {
        Unit(String regex, Kind kind, String symbol) {
            this(Pattern.compile(regex), kind, symbol, BigDecimal.ONE);
        }
    }

    private static final List<Unit> UNITS = List.of(
            new Unit("(?i)(?:exa-?flops?|EFLOP/?s|EFLOPS)(?![A-Za-z])", Kind.RATE, "EFLOPS"),
            new Unit("(?i)(?:peta-?flops?|PFLOP/?s|PFLOPS)(?![A-Za-z])", Kind.RATE, "PFLOPS"),
            new Unit("PF(?![A-Za-z])", Kind.RATE, "PFLOPS"),
            new Unit("(?i)(?:tera-?flops?|TFLOP/?s|TFLOPS)(?![A-Za-z])", Kind.RATE, "TFLOPS"),
            new Unit("(?i)(?:giga-?flops?|GFLOP/?s|GFLOPS)(?![A-Za-z])", Kind.RATE, "GFLOPS"),
            new Unit("(?i)(?:peta-?ops|POPS)(?![A-Za-z])", Kind.RATE, "POPS"),
            new Unit("(?:TOPS|(?i:tera-?ops|trillion operations per second))(?![A-Za-z])", Kind.RATE, "TOPS"),
            new Unit("次?(?:每秒)?浮點運算", Kind.RATE, "FLOPS"),
            new Unit("(?:TB\\s*/\\s*s(?:ec)?|TBps|(?i:terabytes?\\s+(?:per|a)\\s+second))(?![A-Za-z])", Kind.BANDWIDTH, "TB/s"),
            new Unit("(?:GB\\s*/\\s*s(?:ec)?|GBps|(?i:gigabytes?\\s+(?:per|a)\\s+second))(?![A-Za-z])", Kind.BANDWIDTH, "GB/s"),
            new Unit("(?:PB|(?i:petabytes?))(?![A-Za-z/])", Kind.MEMORY, "PB"),
            new Unit("(?:TB|(?i:terabytes?))(?![A-Za-z/])", Kind.MEMORY, "TB"),
            new Unit("(?:GB|(?i:gigabytes?))(?![A-Za-z/])", Kind.MEMORY, "GB"),
            new Unit("(?:MB|(?i:megabytes?))(?![A-Za-z/])", Kind.MEMORY, "MB"),
            new Unit("(?:kW|(?i:kilowatts?))(?![A-Za-z])", Kind.POWER, "kW"),
            new Unit("(?:MW|(?i:megawatts?))(?![A-Za-z])", Kind.POWER, "MW"),
            new Unit("(?:W|(?i:watts?)|瓦)(?![A-Za-z])", Kind.POWER, "W"),
            new Unit("(?:kg|(?i:kilograms?|kilos?)|公斤|千克)(?![A-Za-z])", Kind.WEIGHT, "kg"),
            new Unit("(?:lbs?|(?i:pounds?)|磅)(?![A-Za-z])", Kind.WEIGHT, "lb"),
            new Unit("(?:(?i:metric\\s+tons?|tonnes?)|公噸)(?![A-Za-z])", Kind.WEIGHT, "t"),
            new Unit("(?:美元|美金|USD|(?i:US\\s+dollars|dollars))(?![A-Za-z])", Kind.MONEY, "USD"),
            new Unit("(?:[xX×](?![A-Za-z0-9])|(?i:times)(?![A-Za-z])|倍)", Kind.RATIO, ""),
            new Unit("(?:%|％|(?i:per\\s?cent)(?![A-Za-z]))", Kind.PERCENT, "%"));

    /** A number read from the text: where it is and its value. */
    record Num(int start, int end, BigDecimal value) {
    }

    static List<Figure> find(String text, String file) {
        LineIndex lines = new LineIndex(text);
        List<Figure> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Num n = numberAt(text, i);
            if (n == null) {
                i++;
                continue;
            }
            Figure f = figure(text, n, file, lines);
            if (f != null) {
                out.add(f);
                i = Math.max(f.end(), n.end());
            } else {
                i = n.end();
            }
        }
        return out;
    }

    /** The number starting at i, or null: ASCII digits (not inside a name like DGX-1 or H100) or Chinese numerals. */
    static Num numberAt(String s, int i) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
            if (i > 0) {
                char p = s.charAt(i - 1);
                if (Character.isLetterOrDigit(p) && p < 0x2E80 || p == '.' || p == '_'
                        || p == '-' && i > 1 && Character.isLetterOrDigit(s.charAt(i - 2)) && s.charAt(i - 2) < 0x2E80) {
                    return null;
                }
            }
            Matcher m = ASCII_NUMBER.matcher(s).region(i, s.length());
            if (!m.lookingAt()) {
                return null;
            }
            BigDecimal v = new BigDecimal(m.group().replace(",", ""));
            return hanGroups(s, i, m.end(), v);
        }
        if (HAN_DIGITS.indexOf(c) >= 0 || c == '十') {
            int j = i;
            boolean hasUnit = false;
            while (j < s.length() && (HAN_DIGITS.indexOf(s.charAt(j)) >= 0 || HAN_UNITS.indexOf(s.charAt(j)) >= 0)) {
                hasUnit |= HAN_UNITS.indexOf(s.charAt(j)) >= 0;
                j++;
            }
            if (!hasUnit || j - i < 2 || i > 0 && (HAN_DIGITS.indexOf(s.charAt(i - 1)) >= 0 || HAN_UNITS.indexOf(s.charAt(i - 1)) >= 0)) {
                return null;
            }
            return new Num(i, j, hanNumeral(s.substring(i, j)));
        }
        return null;
    }

    /** 12.9 萬 = 129,000; 1 萬 6000 = 16,000; 3 兆 = 3 x 10^12. */
    private static Num hanGroups(String s, int start, int end, BigDecimal first) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal n = first;
        int pos = end;
        while (true) {
            int j = skipSpaces(s, pos);
            int mult = j < s.length() ? bigUnit(s.charAt(j)) : 0;
            if (mult == 0) {
                return new Num(start, pos, total.add(n));
            }
            total = total.add(n.scaleByPowerOfTen(mult));
            pos = j + 1;
            int k = skipSpaces(s, pos);
            Matcher m = ASCII_NUMBER.matcher(s).region(k, s.length());
            if (k < s.length() && m.lookingAt() && m.group().indexOf('.') < 0) {
                n = new BigDecimal(m.group().replace(",", ""));
                if (n.compareTo(BigDecimal.ONE.scaleByPowerOfTen(mult)) >= 0) {
                    return new Num(start, pos, total);
                }
                pos = m.end();
            } else {
                return new Num(start, pos, total);
            }
        }
    }

    private static int bigUnit(char c) {
        return switch (c) {
            case '萬', '万' -> 4;
            case '億', '亿' -> 8;
            case '兆' -> 12;
            default -> 0;
        };
    }

    /** 一萬六千 = 16,000; 二十 = 20; 一兆 = 10^12. */
    static BigDecimal hanNumeral(String t) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        long digit = -1;
        for (char c : t.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '兩' || c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            int small = switch (c) {
                case '十' -> 1;
                case '百' -> 2;
                case '千' -> 3;
                default -> 0;
            };
            if (small > 0) {
                section = section.add(BigDecimal.valueOf(digit < 0 ? 1 : digit).scaleByPowerOfTen(small));
                digit = -1;
            } else {
                section = section.add(BigDecimal.valueOf(Math.max(digit, 0)));
                total = total.add(section.scaleByPowerOfTen(bigUnit(c)));
                section = BigDecimal.ZERO;
                digit = -1;
            }
        }
        return total.add(section).add(BigDecimal.valueOf(Math.max(digit, 0)));
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u3000' || s.charAt(i) == '\u00a0' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static Figure figure(String s, Num n, String file, LineIndex lines) {
        int start = n.start();
        BigDecimal value = n.value();
        boolean dollar = false;
        int before = start;
        if (before > 0 && s.charAt(before - 1) == '$') {
            dollar = true;
            start = before - 1;
            if (start >= 2 && s.startsWith("US", start - 2)) {
                start -= 2;
            }
        } else if (before >= 4 && s.startsWith("USD ", before - 4)) {
            dollar = true;
            start = before - 4;
        }
        int j = n.end();
        BigDecimal upper = null;
        // a directly attached K/M/B after a dollar amount: $30K, $1.5B
        if (dollar && j < s.length() && "KMB".indexOf(s.charAt(j)) >= 0 && (j + 1 == s.length() || !Character.isLetter(s.charAt(j + 1)))) {
            value = value.scaleByPowerOfTen(s.charAt(j) == 'K' ? 3 : s.charAt(j) == 'M' ? 6 : 9);
            j++;
        }
        Matcher range = RANGE.matcher(s).region(j, s.length());
        if (range.lookingAt()) {
            Num second = numberAt(s, range.end());
            if (second != null && second.value().compareTo(value) > 0) {
                upper = second.value();
                j = second.end();
            }
        }
        int k = skipSpaces(s, j);
        Matcher scale = SCALE.matcher(s).region(k, s.length());
        if (scale.lookingAt()) {
            int p = switch (scale.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "thousand" -> 3;
                case "million" -> 6;
                case "billion" -> 9;
                default -> 12;
            };
            value = value.scaleByPowerOfTen(p);
            upper = upper == null ? null : upper.scaleByPowerOfTen(p);
            j = scale.end();
            k = skipSpaces(s, j);
        }
        Qualifier q = qualifierBefore(s, start);
        if (dollar) {
            Matcher usd = Pattern.compile("(?:USD|(?i:US\\s+dollars|dollars))(?![A-Za-z])").matcher(s).region(k, s.length());
            int end = usd.lookingAt() ? usd.end() : j;
            return make(Kind.MONEY, s, start, end, value, upper, "USD", qualifierAfter(s, end, q), null, file, lines);
        }
        Matcher months = MONTHS.matcher(s).region(k, s.length());
        if (months.lookingAt()) {
            String window = s.substring(Math.max(0, start - 40), Math.min(s.length(), months.end() + 30));
            if (DOUBLING.matcher(window).find()) {
                int from = start;
                // 每 6 個月: the figure is read from 每
                int b = s.lastIndexOf('每', start);
                if (b >= 0 && start - b <= 2) {
                    from = b;
                }
                return make(Kind.GROWTH, s, from, months.end(), value, upper, "months", q, null, file, lines);
            }
            return null;
        }
        int u = k;
        Matcher prec = PRECISION_WORD.matcher(s).region(k, s.length());
        if (prec.lookingAt()) {
            u = prec.end();
        }
        for (Unit unit : UNITS) {
            Matcher m = unit.pattern().matcher(s).region(u, s.length());
            if (m.lookingAt() && (u == k || unit.kind() == Kind.RATE)) {
                return make(unit.kind(), s, start, m.end(), value, upper, unit.symbol(), qualifierAfter(s, m.end(), q), null, file, lines);
            }
        }
        if (DATE_OR_TIME.matcher(s).region(k, s.length()).lookingAt()) {
            return null;
        }
        Matcher zh = ZH_COUNT.matcher(s).region(k, s.length());
        if (zh.lookingAt()) {
            return make(Kind.COUNT, s, start, zh.end(), value, upper, "", q, zh.group(3), file, lines);
        }
        Matcher zhOther = ZH_NOT_HARDWARE_COUNT.matcher(s).region(k, s.length());
        if (zhOther.lookingAt()) {
            return make(Kind.COUNT, s, start, zhOther.start(2), value, upper, "", q, "!" + zhOther.group(1) + zhOther.group(2), file, lines);
        }
        boolean yearLike = upper == null && value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(1950)) >= 0
                && value.compareTo(BigDecimal.valueOf(2100)) < 0 && s.charAt(n.start() + 1) != ',';
        Matcher en = EN_COUNT.matcher(s).region(k, s.length());
        boolean named = NAME_BEFORE.matcher(s.substring(Math.max(0, start - 12), start)).find();
        if (k > j && !yearLike && !named && en.lookingAt()) {
            return make(Kind.COUNT, s, start, en.end(), value, upper, "", q, noun(en), file, lines);
        }
        return null;
    }

    private static String noun(Matcher en) {
        return (en.group(3) != null ? en.group(3) : en.group(2)).toLowerCase(java.util.Locale.ROOT);
    }

    /** English number words before a counted noun: "eight NVIDIA H100 GPUs". */
    static List<Figure> wordCounts(String s, String file) {
        LineIndex lines = new LineIndex(s);
        List<Figure> out = new ArrayList<>();
        Matcher w = EN_WORD_NUMBER.matcher(s);
        while (w.find()) {
            Matcher en = EN_COUNT.matcher(s).region(w.end(), s.length());
            if (en.lookingAt()) {
                int v = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
                        .indexOf(w.group(1).toLowerCase(java.util.Locale.ROOT)) + 1;
                if (v == 0) {
                    v = switch (w.group(1).toLowerCase(java.util.Locale.ROOT)) {
                        case "sixteen" -> 16;
                        case "twenty" -> 20;
                        case "twenty-four" -> 24;
                        case "thirty-two" -> 32;
                        default -> 64;
                    };
                }
                out.add(make(Kind.COUNT, s, w.start(), en.end(), BigDecimal.valueOf(v), null, "", qualifierBefore(s, w.start()),
                        noun(en), file, lines));
            }
        }
        return out;
    }

    private static final Pattern ABOUT = Pattern.compile("(?i)(?:about|around|roughly|approximately|nearly|almost|some|~|約|大約|大概|近)\\s*$");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)(?:more than|over|above|at least|upwards of|in excess of|exceeding|超過|超过|突破|逾|超越)\\s*$");
    private static final Pattern UP_TO = Pattern.compile("(?i)(?:up to|as much as|as high as|as many as|高達|高达|最高)\\s*$");
    private static final Pattern AT_MOST = Pattern.compile("(?i)(?:under|less than|below|at most|fewer than|不到|低於|低于)\\s*$");

    private static Qualifier qualifierBefore(String s, int start) {
        String b = s.substring(Math.max(0, start - 20), start);
        if (ABOUT.matcher(b).find()) {
            return Qualifier.ABOUT;
        }
        if (AT_LEAST.matcher(b).find()) {
            return Qualifier.AT_LEAST;
        }
        if (UP_TO.matcher(b).find()) {
            return Qualifier.UP_TO;
        }
        return AT_MOST.matcher(b).find() ? Qualifier.AT_MOST : Qualifier.EXACT;
    }

    private static Qualifier qualifierAfter(String s, int end, Qualifier before) {
        String a = s.substring(end, Math.min(s.length(), end + 3)).strip();
        if (a.startsWith("以上") || a.startsWith("多")) {
            return Qualifier.AT_LEAST;
        }
        if (a.startsWith("左右")) {
            return Qualifier.ABOUT;
        }
        return before;
    }

    private static Figure make(Kind kind, String s, int start, int end, BigDecimal value, BigDecimal upper, String unit,
                               Qualifier q, String counted, String file, LineIndex lines) {
        return new Figure(kind, s.substring(start, end).strip(), value, upper, unit, q, counted, start, end, lines.at(file, start));
    }

    /** Offsets to 1-based line and column. */
    static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String s) {
            starts.add(0);
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        Position at(String file, int offset) {
            int lo = 0;
            int hi = starts.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts.get(mid) <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return new Position(file, lo + 1, offset - starts.get(lo) + 1);
        }
    }
}
