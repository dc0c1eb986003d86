package hwcalc.cli;

import hwcalc.claims.Verdict;
import hwcalc.engine.Engine;
import hwcalc.io.AtomicFiles;
import hwcalc.report.Json;
import hwcalc.report.QuoteLocale;
import hwcalc.report.ScanClaimsYaml;
import hwcalc.report.ScanReport;
import hwcalc.scan.Language;
import hwcalc.scan.ScanChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hwcalc scan FILE...}: every hardware figure of an article, attached and checked. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Find every hardware figure in an article (plain text, Markdown or HTML; English or Traditional "
                + "Chinese), attach each to its sheet and field, and check it as verify checks claims (docs/scan.md).",
                "Exits 1 when --fail-on names a verdict some figure got."})
public class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    CatalogueOptions catalogue;
    @Mixin
    FormatOption format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles: .txt, .md, or .html/.htm (text extracted with jsoup).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--locale", paramLabel = "LOCALE", converter = QuoteCommand.LocaleConverter.class,
            description = "Language of the output: en or zh-TW (default: the language detected in the first file).")
    QuoteLocale locale;

    @Option(names = "--fail-on", paramLabel = "VERDICTS", split = ",",
            description = "Exit 1 when a figure gets one of these verdicts, e.g. off,misleading (for an editor's CI).")
    List<String> failOn = new ArrayList<>();

    @Option(names = "--write-claims", paramLabel = "FILE",
            description = "Write the drafted claims as a claims file verify accepts as it is (one FILE scanned).")
    Path writeClaims;

    @Option(names = "--force", description = "Let --write-claims replace an existing file.")
    boolean force;

    @Option(names = "--claims", paramLabel = "PATH", description = "More claims files whose claims are used where their words are found.")
    List<Path> claims = new ArrayList<>();

    @Option(names = "--no-bundled-claims", description = "Do not use the bundled claims files; draft every claim.")
    boolean noBundledClaims;

    @Option(names = "--digits", paramLabel = "N", defaultValue = "4", converter = hwcalc.cli.options.Bounded.Digits.class,
            description = "Significant figures for display (default: ${DEFAULT-VALUE}).")
    int digits;

    @Override
    public Integer call() throws IOException {
        Set<Verdict> failing = EnumSet.noneOf(Verdict.class);
        failOn.forEach(v -> failing.add(Verdict.parse(v)));
        if (writeClaims != null && files.size() != 1) {
            throw new UserException("--write-claims drafts the claims of one article: give one FILE");
        }
        Engine engine = catalogue.engine();
        List<ScanChecker.Result> results = new ArrayList<>();
        for (Path p : files) {
            String text = read(p);
            results.add(engine.scan(text, p.toString().replace('\\', '/'), Language.detect(text), claims, !noBundledClaims));
        }
        QuoteLocale out = locale != null ? locale : results.get(0).language() == Language.ZH_TW ? QuoteLocale.ZH_TW : QuoteLocale.EN;
        ScanReport report = new ScanReport(results, digits, out, Render.wording(out));
        var w = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON -> w.print(Json.write(report.toJson()));
            case CSV -> w.print(report.summary().toCsv());
            case MARKDOWN -> w.print(report.toText(true));
            default -> w.print(report.toText(false));
        }
        if (writeClaims != null) {
            String yaml = ScanClaimsYaml.write(results.get(0).draft(), "hwcalc scan");
            try {
                AtomicFiles.write(writeClaims, yaml.getBytes(StandardCharsets.UTF_8),
                        force ? AtomicFiles.Existing.REPLACE : AtomicFiles.Existing.REFUSE);
            } catch (AtomicFiles.TargetExistsException e) {
                throw new UserException(writeClaims + " exists; add --force to replace it");
            } catch (NoSuchFileException e) {
                throw new UserException("cannot write " + writeClaims + ": no such folder");
            }
            spec.commandLine().getErr().println("hwcalc: wrote " + results.get(0).draft().claims().size() + " drafted claims to "
                    + writeClaims + " (check them with: hwcalc verify " + writeClaims + ")");
        }
        boolean failed = results.stream().flatMap(r -> r.items().stream())
                .anyMatch(i -> i.finding() != null && failing.contains(i.finding().verdict()));
        if (failed) {
            spec.commandLine().getErr().println("hwcalc: " + report.totals());
            return ExitCodes.CHECK_FAILED;
        }
        return ExitCodes.OK;
    }

    /** The article's text: HTML through jsoup (one paragraph per block, blank lines between), the rest as it is. */
    static String read(Path p) throws IOException {
        String raw;
        try {
            raw = Files.readString(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + p);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserException(p + " is not UTF-8 text");
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = name.endsWith(".html") || name.endsWith(".htm") ? html(raw) : raw;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String html(String raw) {
        Document d = Jsoup.parse(raw);
        d.select("script, style, noscript, nav, footer").remove();
        StringBuilder out = new StringBuilder();
        for (Element e : d.body().select("h1, h2, h3, h4, h5, h6, p, li, blockquote, td, th, figcaption, pre")) {
            if (e.parents().stream().anyMatch(x -> x.is("p, li, blockquote, td, th, figcaption, pre"))) {
                continue; // its text is in the enclosing block already
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                out.append(t).append("\n\n");
            }
        }
        return out.toString();
    }
}
