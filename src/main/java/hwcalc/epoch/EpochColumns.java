package hwcalc.epoch;

import hwcalc.spec.Core;
import hwcalc.spec.Precision;
import java.util.List;

/**
 * The columns of Epoch AI's chip dataset that become figures, and how each is tagged. Epoch
 * records dense rates: its Tensor-FP16/BF16 column holds A100 312 and H100 989.4 TFLOPS, NVIDIA's
 * dense figures (sparse: 624 and 1979), and its INT8 column A100 624 / H100 1979 TOPS, again
 * dense. Its "FP16 (half precision)" column is the non-tensor rate (A100 77.97, H100 133.8).
 */
final class EpochColumns {
    static final String NAME = "Hardware name";
    static final String MANUFACTURER = "Manufacturer";
    static final String TYPE = "Type";
    static final String RELEASE_DATE = "Release date";
    static final String PRICE = "Release price (USD)";
    static final String PRICE_SOURCE = "Source for the price";
    static final String DATASHEET = "Link to datasheet";
    static final String LAST_MODIFIED = "Last modified";
    static final String MEMORY = "Memory size per board (Byte)";
    static final String BANDWIDTH = "Memory bandwidth (byte/s)";
    static final String TDP = "TDP (W)";
    static final String DIE_SIZE = "Die Size (mm^2)";
    static final String PROCESS = "Process size (nm)";
    static final String TRANSISTORS = "Number of transistors (millions)";

    /**
     * A throughput column: its precision, and its core when fixed ({@code null}: integer rates,
     * on tensor units when the row has any tensor figure, else on vector units, as for Pascal's dp4a).
     */
    record Rate(String header, Precision precision, Core core) {
    }

    static final List<Rate> RATES = List.of(
            new Rate("FP64 (double precision) performance (FLOP/s)", Precision.FP64, Core.VECTOR),
            new Rate("FP32 (single precision) performance (FLOP/s)", Precision.FP32, Core.VECTOR),
            new Rate("FP16 (half precision) performance (FLOP/s)", Precision.FP16, Core.VECTOR),
            new Rate("TF32 (TensorFloat-32) performance (FLOP/s)", Precision.TF32, Core.TENSOR),
            new Rate("Tensor-FP16/BF16 performance (FLOP/s)", Precision.FP16, Core.TENSOR),
            new Rate("FP8 performance (FLOP/s)", Precision.FP8, Core.TENSOR),
            new Rate("FP4 performance (FLOP/s)", Precision.FP4, Core.TENSOR),
            new Rate("INT8 performance (OP/s)", Precision.INT8, null),
            new Rate("INT4 performance (OP/s)", Precision.INT4, null));

    private EpochColumns() {
    }

    /** The short column name used in notes: "FP16 (half precision)". */
    static String shortName(String header) {
        return header.replaceFirst("\\s*performance \\((FLOP|OP)/s\\)$", "");
    }
}
