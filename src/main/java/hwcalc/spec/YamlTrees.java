package hwcalc.spec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A {@link YamlNode} tree in a compact binary form: the bundled sheets are parsed at build time
 * and stored so, and a command that reads a bundled sheet decodes its tree and binds it with
 * {@link SpecReader}, with no YAML parser at run time (issue 17). Decoding gives back the tree
 * {@link YamlTreeReader} made, every text and location included (a test checks each bundled sheet).
 */
public final class YamlTrees {

    private static final int MAGIC = 0x68775954; // "hwYT"
    private static final byte SCALAR = 1;
    private static final byte NULL = 2;
    private static final byte SEQUENCE = 3;
    private static final byte MAPPING = 4;

    private YamlTrees() {
    }

    public static byte[] encode(YamlNode root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            node(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The tree in {@code bytes}, its locations in {@code file}; null if the bytes are not such a tree. */
    public static YamlNode decode(byte[] bytes, String file) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                return null;
            }
            YamlNode root = node(in, file);
            return in.read() < 0 ? root : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void node(DataOutputStream out, YamlNode n) throws IOException {
        if (n instanceof YamlNode.Scalar s) {
            out.writeByte(s.isNull() ? NULL : SCALAR);
            at(out, s.location());
            text(out, s.text());
        } else if (n instanceof YamlNode.Sequence q) {
            out.writeByte(SEQUENCE);
            at(out, q.location());
            out.writeInt(q.items().size());
            for (YamlNode item : q.items()) {
                node(out, item);
            }
        } else {
            YamlNode.Mapping m = (YamlNode.Mapping) n;
            out.writeByte(MAPPING);
            at(out, m.location());
            out.writeInt(m.entries().size());
            for (YamlNode.Entry e : m.entries().values()) {
                text(out, e.key());
                at(out, e.keyLocation());
                node(out, e.value());
            }
        }
    }

    private static YamlNode node(DataInputStream in, String file) throws IOException {
        byte kind = in.readByte();
        Location at = new Location(file, in.readInt(), in.readInt());
        switch (kind) {
            case SCALAR, NULL -> {
                return new YamlNode.Scalar(text(in), kind == NULL, at);
            }
            case SEQUENCE -> {
                int n = in.readInt();
                List<YamlNode> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(node(in, file));
                }
                return new YamlNode.Sequence(items, at);
            }
            case MAPPING -> {
                int n = in.readInt();
                LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String key = text(in);
                    Location keyAt = new Location(file, in.readInt(), in.readInt());
                    entries.put(key, new YamlNode.Entry(key, keyAt, node(in, file)));
                }
                return new YamlNode.Mapping(entries, at);
            }
            default -> throw new IOException("not a tree node: " + kind);
        }
    }

    private static void at(DataOutputStream out, Location l) throws IOException {
        out.writeInt(l.line());
        out.writeInt(l.column());
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
