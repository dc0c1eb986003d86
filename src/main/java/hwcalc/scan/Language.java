package hwcalc.scan;

/** The language of a scanned text, detected from its letters or given. */
public enum Language {
    EN, ZH_TW;

    /** Traditional Chinese when at least one letter in ten is a Han character. */
    public static Language detect(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters > 0 && han * 10 >= letters ? ZH_TW : EN;
    }
}
