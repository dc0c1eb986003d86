package hwcalc.spec;

/** Memory capacity and bandwidth (either may be null) and type (HBM2, GDDR6X...). */
public record Memory(Figure capacity, Figure bandwidth, String type) {
    public static final Memory NONE = new Memory(null, null, null);
}
