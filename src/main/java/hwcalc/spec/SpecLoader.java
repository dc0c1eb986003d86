package hwcalc.spec;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds and reads spec sheets: the bundled ones inside the jar (or target/classes when run from
 * the build) and a user's folders. A folder named {@code claims} holds claims, not sheets, and is
 * skipped. Problems from every file are collected and thrown together.
 */
public final class SpecLoader {

    /** Where bundled sheets live on the class path. */
    public static final String BUNDLED_PREFIX = "specs/";

    /** Folders below a --specs folder are read this deep; a deeper folder with anything in it is an error, not skipped. */
    public static final int MAX_FOLDER_DEPTH = 16;

    private SpecLoader() {
    }

    /** One file's raw text and the name used in messages. */
    public record SpecFile(String displayName, byte[] bytes) {
    }

    public static List<SpecSheet> readAll(List<SpecFile> files) {
        List<SpecSheet> sheets = new ArrayList<>();
        List<SpecException.Problem> problems = new ArrayList<>();
        for (SpecFile f : files) {
            try {
                sheets.add(read(f));
            } catch (SpecException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecException(problems.stream().sorted().toList());
        }
        return sheets;
    }

    public static SpecSheet read(SpecFile f) {
        String base = f.displayName().substring(f.displayName().lastIndexOf('/') + 1);
        String fileId = base.replaceFirst("\\.ya?ml$", "");
        return SpecReader.read(YamlTreeReader.read(f.bytes(), f.displayName()), fileId);
    }

    /** The bundled sheets' files, from the jar or the build's class folder. */
    public static List<SpecFile> bundledFiles() {
        try {
            Path where = Path.of(SpecLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<SpecFile> out = new ArrayList<>();
            if (Files.isDirectory(where)) {
                Path dir = where.resolve(BUNDLED_PREFIX);
                if (Files.isDirectory(dir)) {
                    out.addAll(folderFiles(dir, "specs"));
                }
                return out;
            }
            try (JarFile jar = new JarFile(where.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    String n = e.getName();
                    if (n.startsWith(BUNDLED_PREFIX) && isYaml(n) && n.indexOf('/', BUNDLED_PREFIX.length()) < 0) {
                        try (InputStream in = jar.getInputStream(e)) {
                            out.add(new SpecFile(n, in.readAllBytes()));
                        }
                    }
                }
            }
            out.sort(java.util.Comparator.comparing(SpecFile::displayName));
            return out;
        } catch (IOException | URISyntaxException e) {
            throw new SpecException(Location.of("bundled specs"), "cannot read the bundled spec sheets: " + e.getMessage());
        }
    }

    /**
     * Every {@code .yaml}/{@code .yml} file under {@code dir} (or the file itself), skipping
     * {@code claims/} folders. Links are not followed into folders, so a link loop cannot hang
     * the walk.
     */
    public static List<SpecFile> folderFiles(Path dir, String displayRoot) {
        List<SpecFile> out = new ArrayList<>();
        List<SpecException.Problem> problems = new ArrayList<>();
        if (!Files.exists(dir)) {
            throw new SpecException(Location.of(displayRoot), "no such file or folder");
        }
        if (Files.isRegularFile(dir)) {
            return List.of(readFile(dir, displayRoot));
        }
        if (!Files.isDirectory(dir)) { // a FIFO, /dev/zero, a socket: would load nothing and say nothing
            throw new SpecException(Location.of(displayRoot), "not a regular file or folder");
        }
        try (Stream<Path> walk = Files.walk(dir, MAX_FOLDER_DEPTH, new FileVisitOption[0])) {
            for (Path p : walk.sorted().toList()) {
                Path rel = dir.relativize(p);
                if (rel.getNameCount() == MAX_FOLDER_DEPTH && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !inClaims(rel)
                        && !isEmpty(p)) {
                    problems.add(new SpecException.Problem(Location.of(displayRoot + "/" + rel.toString().replace('\\', '/')),
                            "folders nest deeper than " + MAX_FOLDER_DEPTH + " levels; files below here are not read"));
                    continue;
                }
                if (rel.toString().isEmpty() || inClaims(rel) || !isYaml(p.getFileName().toString())) {
                    continue;
                }
                String shown = displayRoot + "/" + rel.toString().replace('\\', '/');
                if (!Files.isRegularFile(p)) {
                    problems.add(new SpecException.Problem(Location.of(shown), "not a regular file"));
                    continue;
                }
                try {
                    SpecFile file = readFile(p, shown);
                    if (!isPriceFile(file)) { // read by the price-file reader, issue 14
                        out.add(file);
                    }
                } catch (SpecException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new SpecException.Problem(Location.of(displayRoot), "cannot list folder: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new SpecException(problems);
        }
        return out;
    }

    private static SpecFile readFile(Path p, String shown) {
        try {
            long size = Files.size(p);
            if (size > YamlTreeReader.MAX_BYTES) {
                throw new SpecException(Location.of(shown), "file is too large (" + size
                        + " bytes; a spec file may have at most " + YamlTreeReader.MAX_BYTES + ")");
            }
            return new SpecFile(shown, Files.readAllBytes(p));
        } catch (IOException e) {
            throw new SpecException(Location.of(shown), "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static boolean inClaims(Path rel) {
        for (Path part : rel) {
            if (part.toString().equals("claims")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern PRICES_FOR = java.util.regex.Pattern.compile("(?m)^prices-for[ \t]*:");

    /** A price file (docs/prices.md): its top-level key {@code prices-for} names a sheet; it is not a sheet itself. */
    static boolean isPriceFile(SpecFile f) {
        return PRICES_FOR.matcher(new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8)).find();
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
