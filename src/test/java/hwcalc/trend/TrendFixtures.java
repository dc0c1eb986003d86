package hwcalc.trend;

import hwcalc.metrics.Cpi;
import hwcalc.metrics.Metrics;
import hwcalc.metrics.Peaks;
import hwcalc.spec.Catalogue;
import hwcalc.spec.SpecLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The fixture sheets under src/test/resources/trend: {@code gpus} holds eleven fictional GPUs
 * with FP32 rates, list (and one street) prices and dates from 2008 to 2022, plus three sheets
 * that price metrics skip (no price, no FP32 figure, no date); {@code epoch} holds three sheets
 * citing Epoch AI.
 */
public final class TrendFixtures {
    private TrendFixtures() {
    }

    public static Path dir(String name) {
        try {
            return Path.of(TrendFixtures.class.getResource("/trend/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Catalogue catalogue(String name) {
        return Catalogue.of(SpecLoader.readAll(SpecLoader.folderFiles(dir(name), name)), List.of());
    }

    public static Metrics metrics(Catalogue c) {
        return new Metrics(new Peaks(c), Cpi.bundled());
    }
}
