package hwcalc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The line between computing and wording (docs/design.md), enforced: the core computes typed
 * facts and knows nothing of rendering, the CLI, file writing or the libraries that serve them;
 * packages form no cycles.
 */
class ArchitectureTest {

    static final String[] CORE = {"hwcalc.units..", "hwcalc.spec..", "hwcalc.metrics..", "hwcalc.calc..",
        "hwcalc.claims..", "hwcalc.check..", "hwcalc.trend..", "hwcalc.scan.."};

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("hwcalc");
    }

    @Test
    void the_core_depends_on_no_render_cli_engine_or_file_writing_class() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("hwcalc.report..", "hwcalc.chart..", "hwcalc.cli..",
                        "hwcalc.engine..", "hwcalc.io..", "hwcalc.epoch..")
                .because("the core returns typed facts; words, digits, files and options live outside it")
                .check(classes);
    }

    @Test
    void the_core_knows_nothing_of_picocli_icu4j_or_jfreechart() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "com.ibm.icu..", "org.jfree..", "org.jsoup..",
                        "de.erichseifert..")
                .check(classes);
    }

    @Test
    void only_the_cli_knows_picocli() {
        noClasses().that().resideOutsideOfPackages("hwcalc.cli..", "picocli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(classes);
    }

    @Test
    void nothing_but_the_cli_depends_on_the_cli() {
        noClasses().that().resideOutsideOfPackage("hwcalc.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("hwcalc.cli..")
                .check(classes);
    }

    @Test
    void packages_form_no_cycles() {
        slices().matching("hwcalc.(*)..").should().beFreeOfCycles().check(classes);
    }
}
