package hwcalc.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; prints usage when run without a subcommand. */
// every subcommand (completion first) is added by Main on demand (see Main.SUBCOMMANDS)
@Command(name = "hwcalc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Hardware-spec comparison calculator: cost per FLOP, speedups, claims and quotes, "
                + "comparing like with like.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:a check or claim failed", "2:bad usage or bad input", "3:internal error (a bug)"},
        footer = {"", "Add --debug to any command to see a stack trace on errors."})
public class HwcalcCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Show stack traces on errors.")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
