package hwcalc.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.units.Quantity;
import java.math.BigDecimal;

/**
 * JSON output. Numbers are written from BigDecimal at full precision (never through double),
 * and every quantity carries its unit.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** {"value": 758.82..., "unit": "USD/TFLOPS"} */
    public static ObjectNode quantity(Quantity q) {
        ObjectNode o = object();
        o.put("value", plain(q.value()));
        o.put("unit", q.unit().symbol());
        return o;
    }

    /** A BigDecimal that Jackson writes without an exponent (1.7E+2 becomes 170). */
    public static BigDecimal plain(BigDecimal v) {
        return new BigDecimal(v.toPlainString());
    }

    /** An enum constant as a camelCase JSON value: NO_PEAK is "noPeak", the key style of every command. */
    public static String key(Enum<?> e) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : e.name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }

    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
