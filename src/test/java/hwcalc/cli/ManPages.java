package hwcalc.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step (pom.xml, prepare-package, from the test classpath because picocli-codegen and
 * AsciidoctorJ are build-time tools, not dependencies of hwcalc): one man page per command.
 * picocli's generator writes AsciiDoc from the same model the CLI parses with; each page gets the
 * EXAMPLES section from src/man/examples/NAME.adoc, if there is one; AsciidoctorJ's manpage
 * backend turns the AsciiDoc into roff, target/man/NAME.1.
 */
public final class ManPages {

    /** The generated AsciiDoc's footer tag: the examples go just before it. */
    static final String FOOTER_TAG = "// tag::picocli-generated-man-section-footer[]";

    private ManPages() {
    }

    /** Arguments: the AsciiDoc folder, the man folder, the examples folder. */
    public static void main(String[] args) throws IOException {
        Path adocDir = Path.of(args[0]);
        Path manDir = Path.of(args[1]);
        Path examplesDir = Path.of(args[2]);
        Path fresh = Files.createTempDirectory("hwcalc-man");
        List<Path> pages = writeAsciiDoc(fresh, examplesDir);
        Files.createDirectories(adocDir);
        Files.createDirectories(manDir);
        List<Path> changed = new ArrayList<>();
        for (Path page : pages) {
            Path kept = adocDir.resolve(page.getFileName());
            String name = page.getFileName().toString().replaceFirst("\\.adoc$", "");
            boolean same = Files.exists(kept) && Files.readString(kept).equals(Files.readString(page))
                    && manFile(manDir, name).exists();
            Files.copy(page, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.delete(page);
            if (!same) {
                changed.add(kept);
            }
        }
        Files.delete(fresh);
        // a page whose command is gone goes too
        try (Stream<Path> old = Files.list(manDir)) {
            for (Path man : old.toList()) {
                String name = man.getFileName().toString().replaceFirst("\\.1$", ".adoc");
                if (pages.stream().noneMatch(p -> p.getFileName().toString().equals(name))) {
                    Files.delete(man);
                    Files.deleteIfExists(adocDir.resolve(name));
                }
            }
        }
        if (changed.isEmpty()) {
            return; // JRuby's start is most of the cost: skip it when no page changed
        }
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            Options options = Options.builder().backend("manpage").safe(SafeMode.UNSAFE)
                    .toDir(manDir.toFile()).mkDirs(true).build();
            for (Path page : changed) {
                asciidoctor.convertFile(page.toFile(), options);
            }
        }
    }

    /** The AsciiDoc pages, examples inserted; returns their paths. */
    static List<Path> writeAsciiDoc(Path adocDir, Path examplesDir) throws IOException {
        Files.createDirectories(adocDir);
        try (Stream<Path> old = Files.list(adocDir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        ManPageGenerator.generateManPage(adocDir.toFile(), null, new boolean[0], true,
                CompletionCommand.fullModel().getCommandSpec());
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(adocDir)) {
            for (Path page : files.sorted().toList()) {
                Path examples = examplesDir.resolve(page.getFileName());
                if (Files.exists(examples)) {
                    String text = Files.readString(page);
                    int at = text.indexOf(FOOTER_TAG);
                    String section = Files.readString(examples).strip() + "\n\n";
                    Files.writeString(page, at < 0 ? text + "\n" + section : text.substring(0, at) + section + text.substring(at));
                }
                pages.add(page);
            }
        }
        return pages;
    }

    /** The man page file that a command's page becomes: {@code hwcalc compare} -> hwcalc-compare.1. */
    static File manFile(Path manDir, String qualifiedName) {
        return manDir.resolve(qualifiedName.replace(' ', '-') + ".1").toFile();
    }
}
