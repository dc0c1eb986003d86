package hwcalc.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hwcalc.report.Format;
import hwcalc.report.Json;
import hwcalc.report.Table;
import hwcalc.spec.Kind;
import hwcalc.spec.SpecSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hwcalc list}: the sheets in the catalogue. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the spec sheets (id, name, kind, vendor, aliases).")
public class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    CatalogueOptions catalogue;
    @Mixin
    FormatOption format;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Option(names = "--vendor", paramLabel = "VENDOR", description = "Only this vendor (case-insensitive).")
    String vendor;

    @Override
    public Integer call() {
        List<SpecSheet> sheets = catalogue.engine().list(kind, vendor);
        var out = spec.commandLine().getOut();
        if (format.format() == Format.JSON) {
            ArrayNode arr = Json.array();
            for (SpecSheet s : sheets) {
                ObjectNode o = arr.addObject();
                o.put("id", s.id());
                o.put("name", s.name());
                o.put("kind", s.kind().key());
                o.put("vendor", s.vendor());
                ArrayNode al = o.putArray("aliases");
                s.aliases().forEach(al::add);
                o.put("file", s.file());
            }
            out.print(Json.write(arr));
            return ExitCodes.OK;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SpecSheet s : sheets) {
            rows.add(List.of(s.id(), s.name(), s.kind().key(), s.vendor(), String.join(" ", s.aliases())));
        }
        Table t = new Table(List.of("id", "name", "kind", "vendor", "aliases"), rows);
        out.print(Render.table(t, format.format()));
        return ExitCodes.OK;
    }
}
