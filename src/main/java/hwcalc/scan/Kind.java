package hwcalc.scan;

/** What a figure measures, by its unit or wording. */
public enum Kind {
    /** A compute rate: TFLOPS, petaFLOPS, PF, TOPS, 每秒浮點運算. */
    RATE,
    /** Memory capacity: GB, TB. */
    MEMORY,
    /** Memory or link bandwidth: TB/s, GB/s. */
    BANDWIDTH,
    /** Power: W, kW. */
    POWER,
    /** Weight: kg, lb, 公斤. */
    WEIGHT,
    /** An amount of money: $129,000, 12.9 萬美元. */
    MONEY,
    /** A ratio: 9x faster, 75 倍, 2.5 times. */
    RATIO,
    /** A count of things: 250 servers, 4 顆 GPU, 126 間 (shops: not hardware). */
    COUNT,
    /** A doubling time in months: doubles every 6 months, 每 6 個月增加一倍. */
    GROWTH,
    /** A percentage: 85%. */
    PERCENT
}
