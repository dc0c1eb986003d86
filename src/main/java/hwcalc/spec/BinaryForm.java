package hwcalc.spec;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of hwcalc's caches (SheetIndex, engine.LayerTable): what DataOutputStream writes,
 * with an optional string (a flag, then the string) and a list of strings (a count, then each),
 * read back straight from the array. Caches are read on every run over a folder, 5,600 entries of
 * an import while the JVM still interprets (issue 17), so an ASCII string (every id and file name
 * of an import) is one copy, not a loop per char.
 */
public final class BinaryForm {

    private BinaryForm() {
    }

    public static void writeOptional(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    public static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    /** The big-endian int at {@code at}. */
    public static int intAt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }

    /** Reads from a position in an array; a read past its end is an EOFException. */
    public static final class Reader {
        private final byte[] b;
        private int at;

        public Reader(byte[] b, int at) {
            this.b = b;
            this.at = at;
        }

        /** Where the next read starts. */
        public int at() {
            return at;
        }

        /** Moves on {@code n} bytes, which must be there. */
        public void skip(int n) throws IOException {
            if (n < 0 || n > b.length - at) {
                throw new EOFException();
            }
            at += n;
        }

        private int next() throws IOException {
            if (at >= b.length) {
                throw new EOFException();
            }
            return b[at++] & 0xff;
        }

        public boolean readBoolean() throws IOException {
            return next() != 0;
        }

        public int readInt() throws IOException {
            return next() << 24 | next() << 16 | next() << 8 | next();
        }

        public long readLong() throws IOException {
            return (long) readInt() << 32 | readInt() & 0xffffffffL;
        }

        public String readUTF() throws IOException {
            int length = next() << 8 | next();
            if (length > b.length - at) {
                throw new EOFException();
            }
            int start = at;
            at = start + length;
            for (int i = start; i < start + length; i++) {
                if (b[i] < 0) { // not ASCII: DataInputStream decodes modified UTF-8
                    return new DataInputStream(new ByteArrayInputStream(b, start - 2, length + 2)).readUTF();
                }
            }
            return new String(b, start, length, StandardCharsets.ISO_8859_1);
        }

        public String readOptional() throws IOException {
            return readBoolean() ? readUTF() : null;
        }

        /** A list of strings; an empty one is {@code List.of()}, no copy of an empty ArrayList. */
        public List<String> readStrings() throws IOException {
            int n = readInt();
            if (n == 0) {
                return List.of();
            }
            List<String> out = new ArrayList<>(Math.min(n, 1024)); // a damaged count allocates little: the reads run out
            for (int i = 0; i < n; i++) {
                out.add(readUTF());
            }
            return out;
        }

        public boolean atEnd() {
            return at == b.length;
        }
    }
}
