package nunatak.cli;

import nunatak.analysis.SamplingMethod;
import picocli.CommandLine.Option;

/**
 * {@code --method bilinear|nearest}, as {@code profile --line} and {@code points} sample.
 *
 * <pre>{@code
 * SamplingMethod m = sampling.method();   // sampling: a field of the command, declared as a picocli Mixin
 * }</pre>
 */
final class SamplingOption {
    @Option(names = "--method", paramLabel = "bilinear|nearest", defaultValue = "bilinear",
            description = "bilinear: the four pixel centres around a point, NaN if one is NaN; nearest: the pixel "
                    + "holding it (default: ${DEFAULT-VALUE}).")
    String method;

    SamplingMethod method() {
        return SamplingMethod.parse(method);
    }
}
