package hwcalc.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hwcalc import SOURCE ...}: turns outside datasets into spec sheets. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportEpochCommand.class, ImportEpochPricesCommand.class},
        description = "Turn an outside dataset into spec sheets or price files (see the subcommands).")
public class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
