package nunatak.array;

import java.util.ServiceLoader;

/** The {@link ArrayEvaluator} found on the class path, loaded on first use. */
final class EvaluatorHolder {
    static final ArrayEvaluator INSTANCE = ServiceLoader.load(ArrayEvaluator.class, ArrayEvaluator.class.getClassLoader())
            .findFirst().orElseThrow(() -> new IllegalStateException(
                    "no nunatak.array.ArrayEvaluator on the class path (nunatak-core's planner is missing)"));

    private EvaluatorHolder() {
    }
}
