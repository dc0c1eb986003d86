package hwcalc.chart;

import hwcalc.units.InputException;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats a chart is written in, chosen by the output file's extension. */
public enum ChartFormat {
    SVG, PNG;

    public static ChartFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return SVG;
        }
        if (name.endsWith(".png")) {
            return PNG;
        }
        throw new InputException("the chart file must end in .svg or .png: " + file);
    }
}
