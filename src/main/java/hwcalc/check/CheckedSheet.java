package hwcalc.check;

import hwcalc.spec.Location;
import hwcalc.spec.SpecSheet;
import hwcalc.spec.YamlNode;

/**
 * A sheet with the YAML tree it was read from, so a finding about any field (a date, a source's
 * date seen) can name its exact line even where the model keeps no location.
 */
public record CheckedSheet(SpecSheet sheet, YamlNode root) {

    /** The location of the value at {@code path} (keys of nested mappings), or of the nearest parent present. */
    public Location at(String... path) {
        YamlNode n = root;
        Location best = sheet.location();
        for (String key : path) {
            if (!(n instanceof YamlNode.Mapping m) || !m.entries().containsKey(key)) {
                return best;
            }
            n = m.entries().get(key).value();
            best = n.location();
        }
        return best;
    }
}
