package hwcalc.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import hwcalc.Fixtures;
import hwcalc.calc.CalcException;
import hwcalc.calc.Calculator;
import hwcalc.cli.options.Bounded;
import hwcalc.metrics.Cpi;
import hwcalc.spec.SpecException;
import hwcalc.spec.SpecLoader;
import hwcalc.spec.UnknownIdException;
import hwcalc.units.DimensionMismatchException;
import hwcalc.units.Quantity;
import hwcalc.units.QuantityFormatException;

/**
 * Fuzz targets: whatever the bytes, each parser either succeeds or throws its own documented
 * exception. Any other throwable (NullPointerException, StackOverflowError, ...) is a finding.
 * In a normal build these run in regression mode over src/test/resources/hwcalc/fuzz/ParserFuzzTestInputs;
 * fuzz for real with: JAZZER_FUZZ=1 mvn test -Dtest=ParserFuzzTest#quantityParser (docs/quality.md).
 */
class ParserFuzzTest {

    private static final Calculator CALC = new Calculator(Fixtures.basic(), Cpi.bundled());

    @FuzzTest(maxDuration = "30s")
    void quantityParser(FuzzedDataProvider data) {
        try {
            Quantity q = Quantity.parse(data.consumeRemainingAsString());
            // whatever parses must print and parse back to itself
            if (!Quantity.parse(q.toString()).equals(q)) {
                throw new IllegalStateException("round trip failed for " + q);
            }
        } catch (QuantityFormatException expected) {
            // rejected with a message: fine
        }
    }

    @FuzzTest(maxDuration = "30s")
    void specLoader(FuzzedDataProvider data) {
        try {
            SpecLoader.read(new SpecLoader.SpecFile("specs/fuzz.yaml", data.consumeRemainingAsBytes()));
        } catch (SpecException expected) {
            if (expected.problems().isEmpty()) {
                throw new IllegalStateException("a SpecException must name at least one problem");
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void expressionParser(FuzzedDataProvider data) {
        try {
            CALC.evaluate(data.consumeRemainingAsString());
        } catch (CalcException | UnknownIdException | QuantityFormatException | DimensionMismatchException
                 | ArithmeticException expected) {
            // rejected with a message: fine
        } catch (IllegalArgumentException expected) {
            // e.g. CPI year out of range, unknown precision: messages from the core
        }
    }

    /** A unit after calc's 'to' (the exponent bombs of issue 19 lived here). */
    @FuzzTest(maxDuration = "30s")
    void unitAfterTo(FuzzedDataProvider data) {
        try {
            CALC.evaluate("1 TFLOPS to " + data.consumeRemainingAsString());
        } catch (IllegalArgumentException | ArithmeticException expected) {
            // CalcException, QuantityFormatException and the core's own messages: fine
        }
    }

    /** A price selector after a sheet reference: b.price, b.price.street, ... */
    @FuzzTest(maxDuration = "30s")
    void priceSelector(FuzzedDataProvider data) {
        try {
            CALC.evaluate("b.price" + data.consumeRemainingAsString());
        } catch (IllegalArgumentException | ArithmeticException expected) {
            // rejected with a message: fine
        }
    }

    /** Every bounded option converter: a value or picocli's TypeConversionException, nothing else. */
    @FuzzTest(maxDuration = "30s")
    void optionConverters(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        for (picocli.CommandLine.ITypeConverter<?> c : java.util.List.<picocli.CommandLine.ITypeConverter<?>>of(
                new Bounded.Digits(), new Bounded.Top(), new Bounded.Year(), new Bounded.UsdPerKwh(), new Bounded.Years(),
                new Bounded.Utilisation(), new Bounded.FlopBudget())) {
            try {
                Object v = c.convert(text);
                if (v == null) {
                    throw new IllegalStateException(c.getClass().getSimpleName() + " returned null for " + text);
                }
            } catch (picocli.CommandLine.TypeConversionException expected) {
                // refused with a message: fine
            } catch (Exception e) {
                throw new IllegalStateException(c.getClass().getSimpleName() + " threw " + e + " for " + text, e);
            }
        }
    }
}
