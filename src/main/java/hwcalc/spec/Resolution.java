package hwcalc.spec;

/**
 * What a name resolved to: the sheet, the name as asked, and how it matched, so output can say
 * {@code h100 = h100-sxm5} whenever the name asked is not the sheet's id.
 */
public record Resolution(SpecSheet sheet, String asked, Match match) {

    /** How a name matched: a sheet's id, one of its aliases, or a family name only it has. */
    public enum Match { ID, ALIAS, FAMILY }

    /** Whether output should say which sheet the name meant. */
    public boolean isIndirect() {
        return match != Match.ID;
    }

    /** {@code h100 = h100-sxm5} for an alias or family name; the id alone for an id. */
    public String label() {
        return isIndirect() ? asked + " = " + sheet.id() : sheet.id();
    }
}
