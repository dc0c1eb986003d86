package hwcalc.scan;

/** How the words bound a figure: as stated, about, at least (more than, 超過), up to (高達), at most. */
public enum Qualifier {
    EXACT, ABOUT, AT_LEAST, UP_TO, AT_MOST
}
