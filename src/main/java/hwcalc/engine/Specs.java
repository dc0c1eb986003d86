package hwcalc.engine;

import java.nio.file.Path;
import java.util.List;

/** Which spec sheets an engine loads: the bundled ones or not, and the user's folders, later over earlier. */
public record Specs(boolean bundled, List<Path> folders) {

    public static final Specs BUNDLED = new Specs(true, List.of());

    public Specs {
        folders = List.copyOf(folders);
    }
}
