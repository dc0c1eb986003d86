package hwcalc.report;

import hwcalc.units.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/** The languages quotes are written in, each with its sentences (resource hwcalc/quote/TAG.properties). */
public enum QuoteLocale {
    EN("en"), ZH_TW("zh-TW");

    private final String tag;
    private Properties words;

    QuoteLocale(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** en, zh-TW, zh_tw, ZH-TW */
    public static QuoteLocale parse(String text) {
        String t = text.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        for (QuoteLocale l : values()) {
            if (l.tag.toLowerCase(Locale.ROOT).equals(t)) {
                return l;
            }
        }
        throw new InputException("unknown locale '" + text + "' (known: en, zh-TW)");
    }

    /** The sentence or word for a key; a missing key is a bug in the resource file. */
    String word(String key) {
        String w = words().getProperty(key);
        if (w == null) {
            throw new IllegalStateException("hwcalc/quote/" + tag + ".properties has no '" + key + "'");
        }
        return w;
    }

    /** A price kind's name in this locale (定價, 分析師估計價 ...). */
    String priceKind(hwcalc.spec.PriceKind k) {
        return word("kind." + k.key());
    }

    boolean has(String key) {
        return words().containsKey(key);
    }

    /** Money in this locale's words: $129,000 / 12.9 萬美元. */
    String usd(BigDecimal v, int digits) {
        return this == EN ? LocalNumbers.usdEn(v, digits) : LocalNumbers.usdZh(v, digits);
    }

    /** Full-width brackets in zh-TW names ("NVIDIA DGX-1（Pascal）"); names stay as written in English. */
    String name(String name) {
        return this == EN ? name : name.replace(" (", "（").replace("(", "（").replace(")", "）");
    }

    private synchronized Properties words() {
        if (words == null) {
            Properties p = new Properties();
            try (InputStream in = QuoteLocale.class.getResourceAsStream("/hwcalc/quote/" + tag + ".properties")) {
                if (in == null) {
                    throw new IllegalStateException("hwcalc/quote/" + tag + ".properties is missing from the jar");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            words = p;
        }
        return words;
    }
}
