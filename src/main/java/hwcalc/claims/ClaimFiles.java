package hwcalc.claims;

import hwcalc.spec.Location;
import hwcalc.spec.SpecException;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds and reads claims files: the bundled ones ({@code specs/claims/} inside the jar, or the
 * build's class folder) and files or folders the user names. Problems from every file are
 * collected and thrown together.
 */
public final class ClaimFiles {

    public static final String BUNDLED_PREFIX = SpecLoader.BUNDLED_PREFIX + "claims/";

    private ClaimFiles() {
    }

    public static List<ClaimFile> readAll(List<SpecLoader.SpecFile> files) {
        List<ClaimFile> out = new ArrayList<>();
        List<SpecException.Problem> problems = new ArrayList<>();
        for (SpecLoader.SpecFile f : files) {
            try {
                out.add(ClaimReader.read(YamlTreeReader.read(f.bytes(), f.displayName()), f.displayName()));
            } catch (SpecException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecException(problems.stream().sorted().toList());
        }
        return out;
    }

    /** A claims file, or every .yaml/.yml file under a folder. */
    public static List<SpecLoader.SpecFile> files(Path path) {
        return SpecLoader.folderFiles(path, path.toString().replace('\\', '/'));
    }

    public static List<SpecLoader.SpecFile> bundled() {
        Path where;
        try {
            where = Path.of(ClaimFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw cannotRead(e);
        }
        return bundled(where);
    }

    /** The claims files under {@code specs/claims/} of a class folder or a jar. */
    static List<SpecLoader.SpecFile> bundled(Path where) {
        try {
            if (Files.isDirectory(where)) {
                Path dir = where.resolve(BUNDLED_PREFIX);
                return Files.isDirectory(dir) ? SpecLoader.folderFiles(dir, "specs/claims") : List.of();
            }
            List<SpecLoader.SpecFile> out = new ArrayList<>();
            try (JarFile jar = new JarFile(where.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    String n = e.getName();
                    if (n.startsWith(BUNDLED_PREFIX) && (n.endsWith(".yaml") || n.endsWith(".yml"))) {
                        try (InputStream in = jar.getInputStream(e)) {
                            out.add(new SpecLoader.SpecFile(n, in.readAllBytes()));
                        }
                    }
                }
            }
            out.sort(Comparator.comparing(SpecLoader.SpecFile::displayName));
            return out;
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private static SpecException cannotRead(Exception e) {
        return new SpecException(Location.of("bundled claims"), "cannot read the bundled claims: " + e.getMessage());
    }
}
