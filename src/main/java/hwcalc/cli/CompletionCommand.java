package hwcalc.cli;

import hwcalc.spec.SpecSheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hwcalc completion bash|zsh}: prints a shell completion script. The script is picocli's
 * AutoComplete output for the whole command model, made at build time (a resource in the jar,
 * see pom.xml), with one addition: every option or parameter labelled {@code ID} completes the
 * ids and aliases of the catalogue that the command line being completed would load, by asking
 * {@code hwcalc completion --sheet-ids} with that line's {@code --specs} and {@code --no-bundled}.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a completion script for bash or zsh: subcommands, options, enum values and sheet ids.",
            "bash: add  source <(hwcalc completion bash)  to ~/.bashrc; zsh: add  source <(hwcalc completion zsh)  to ~/.zshrc."})
public class CompletionCommand implements Callable<Integer> {

    /** The shells a script is made for; zsh runs the bash script through its bashcompinit layer. */
    public enum Shell { bash, zsh }

    /** Where the build puts the generated scripts inside the jar. */
    static final String RESOURCE_DIR = "/hwcalc/cli/completion/";

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogueOptions catalogue;

    @Parameters(arity = "0..1", paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Option(names = "--sheet-ids", hidden = true,
            description = "Print the ids and aliases of the catalogue (with --specs, --no-bundled), one a line; "
                    + "what the completion script calls.")
    boolean sheetIds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (sheetIds) {
            TreeSet<String> names = new TreeSet<>();
            for (SpecSheet s : catalogue.catalogue().sheets()) {
                names.add(s.id());
                names.addAll(s.aliases());
            }
            names.forEach(out::println);
            return ExitCodes.OK;
        }
        if (shell == null) {
            throw new UserException("name a shell: hwcalc completion bash, or hwcalc completion zsh");
        }
        out.print(bundledScript(shell));
        return ExitCodes.OK;
    }

    /** The script the build put in the jar; made now from the model when run from bare classes. */
    static String bundledScript(Shell shell) {
        try (InputStream in = CompletionCommand.class.getResourceAsStream(RESOURCE_DIR + fileName(shell))) {
            return in != null ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : script(shell, fullModel());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fileName(Shell shell) {
        return "hwcalc." + shell.name();
    }

    /** Every subcommand, as {@code hwcalc --help} sees them (a normal run builds only the one it names). */
    public static CommandLine fullModel() {
        CommandLine cl = new CommandLine(new HwcalcCommand());
        for (String name : Main.SUBCOMMANDS) {
            if (!cl.getSubcommands().containsKey(name)) {
                cl.addSubcommand(name, Main.subcommand(name));
            }
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** The completion script for a shell, from a command model. */
    public static String script(Shell shell, CommandLine model) {
        String bash = withSheetIds(AutoComplete.bash("hwcalc", model), model);
        if (shell == Shell.bash) {
            return bash;
        }
        // zsh completes with the same functions through bashcompinit (picocli's documented route)
        return "#compdef hwcalc\n"
                + "# hwcalc completion for zsh: the bash script below, run through zsh's bashcompinit\n"
                + "(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }\n"
                + "autoload -U +X bashcompinit && bashcompinit\n\n"
                + bash;
    }

    private static final String SHEET_IDS_FUNCTION = """

            # hwcalc: the sheet ids and aliases of the catalogue this command line would load
            # (bundled sheets, plus its --specs folders, minus the bundled ones with --no-bundled)
            function _hwcalc_sheet_ids() {
              local args=() i next
              for (( i=1; i<COMP_CWORD; i++ )); do
                case "${COMP_WORDS[i]}" in
                  --no-bundled) args+=(--no-bundled) ;;
                  --specs)
                    next=$((i+1)); [ "${COMP_WORDS[next]}" = "=" ] && next=$((i+2))
                    (( next < COMP_CWORD )) && args+=(--specs "${COMP_WORDS[next]/#\\~/$HOME}") ;;
                esac
              done
              "${COMP_WORDS[0]/#\\~/$HOME}" completion --sheet-ids "${args[@]}" 2>/dev/null
            }
            """;

    /** Adds sheet-id completion to every option and positional parameter labelled ID. */
    static String withSheetIds(String script, CommandLine model) {
        StringBuilder result = new StringBuilder(script);
        addSheetIds(result, model);
        int end = result.lastIndexOf("\ncomplete -F ");
        result.insert(end < 0 ? result.length() : end, SHEET_IDS_FUNCTION);
        // enum values in the case the docs use (picocli accepts either; hwcalc is case-insensitive)
        Matcher m = Pattern.compile("(?m)^(\\s*local \\w+_option_args=\\()(.*)(\\).*)$").matcher(result.toString());
        StringBuilder lowered = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(lowered, Matcher.quoteReplacement(m.group(1) + m.group(2).toLowerCase(Locale.ROOT) + m.group(3)));
        }
        m.appendTail(lowered);
        return lowered.toString();
    }

    private static void addSheetIds(StringBuilder script, CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        String header = "function _picocli_" + spec.qualifiedName("_") + "() {\n";
        int start = script.indexOf(header);
        if (start >= 0) {
            int end = script.indexOf("\n}\n", start);
            String body = script.substring(start, end);
            String patched = body;
            for (OptionSpec o : spec.options()) {
                if ("ID".equals(o.paramLabel())) {
                    String name = o.longestName();
                    patched = patched.replace("    '" + name + "')\n      return\n      ;;",
                            "    '" + name + "')\n      local IFS=$'\\n' last=\"${curr_word##*,}\"\n"
                            + "      COMPREPLY=( $(compgen -P \"${curr_word%\"$last\"}\" -W \"$(_hwcalc_sheet_ids)\" -- \"$last\") )\n"
                            + "      return $?\n      ;;");
                }
            }
            for (PositionalParamSpec p : spec.positionalParameters()) {
                if ("ID".equals(p.paramLabel())) {
                    String range = "(( currIndex >= " + p.index().min() + " && currIndex <= " + p.index().max() + " ))";
                    patched = patched.replace("    local positionals=\"\"\n", "    local positionals=\"\"\n"
                            + "    local currIndex=$(currentPositionalIndex \"" + spec.name() + "\" \"${arg_opts}\" \"${flag_opts}\")\n"
                            + "    if " + range + "; then positionals=$(_hwcalc_sheet_ids); fi\n");
                }
            }
            script.replace(start, end, patched);
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            addSheetIds(script, sub);
        }
    }

    /** Build step (pom.xml, prepare-package): writes both scripts into each folder given. */
    public static void main(String[] dirs) throws IOException {
        CommandLine model = fullModel();
        for (String dir : dirs) {
            java.nio.file.Path d = java.nio.file.Path.of(dir);
            java.nio.file.Files.createDirectories(d);
            for (Shell s : Shell.values()) {
                java.nio.file.Files.writeString(d.resolve(fileName(s)), script(s, model));
            }
        }
    }
}
