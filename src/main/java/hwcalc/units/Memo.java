package hwcalc.units;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded memo table for a pure function: the unit code asks for the same few units, products
 * and quotients millions of times in a ranking. Once {@code limit} entries are stored, further
 * results are computed but not kept. Off under {@code -Dhwcalc.nocache=true} (mutation testing,
 * where a warm cache would hide a mutant in the code that fills it). Thread-safe.
 */
final class Memo<K, V> {
    /** Whether memo tables made by {@link #bounded} keep anything. */
    static final boolean CACHING = !Boolean.getBoolean("hwcalc.nocache");

    private final ConcurrentHashMap<K, V> table = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final int limit;

    Memo(boolean enabled, int limit) {
        this.enabled = enabled;
        this.limit = limit;
    }

    /** A memo table holding at most {@code limit} entries, or none when caching is off. */
    static <K, V> Memo<K, V> bounded(int limit) {
        return new Memo<>(CACHING, limit);
    }

    V get(K key, Function<? super K, ? extends V> compute) {
        if (!enabled) {
            return compute.apply(key);
        }
        V hit = table.get(key);
        if (hit != null) {
            return hit;
        }
        V value = compute.apply(key);
        if (table.size() < limit) {
            table.put(key, value);
        }
        return value;
    }

    int size() {
        return table.size();
    }
}
