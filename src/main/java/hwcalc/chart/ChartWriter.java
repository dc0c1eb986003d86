package hwcalc.chart;

import hwcalc.io.AtomicFiles;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * Writes a chart as SVG (text kept as text) or PNG. The file is written to a temporary file in
 * the same folder and moved into place in one step, so a reader (or a crash) never sees half
 * a chart. An existing file of that name is replaced only when the caller says so ({@code --force});
 * a symbolic link is never followed or replaced. A temporary file a killed earlier run left for
 * the same chart name is removed first.
 */
public final class ChartWriter {

    public static final int WIDTH = 960;
    public static final int HEIGHT = 600;

    private ChartWriter() {
    }

    /** Refuses an existing file. */
    public static void write(JFreeChart chart, Path file) throws IOException {
        write(chart, file, AtomicFiles.Existing.REFUSE);
    }

    public static void write(JFreeChart chart, Path file, AtomicFiles.Existing existing) throws IOException {
        ChartFormat format = ChartFormat.of(file);
        byte[] bytes = format == ChartFormat.SVG ? svg(chart) : png(chart);
        Path target = file.toAbsolutePath();
        AtomicFiles.removeStale(target.getParent(), java.util.List.of(target.getFileName().toString()));
        AtomicFiles.write(target, bytes, existing);
    }

    static byte[] svg(JFreeChart chart) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, WIDTH, HEIGHT)).writeTo(out);
        // VectorGraphics2D names only the font it measured with (e.g. DejaVu Sans); a viewer without
        // it would fall back to a serif font, so add the generic family
        String svg = out.toString(StandardCharsets.UTF_8).replaceAll("(font-family:&quot;[^;]*?&quot;);", "$1,sans-serif;");
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png(JFreeChart chart) throws IOException {
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        return out.toByteArray();
    }
}
