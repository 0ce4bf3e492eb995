package nunatak.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Hands results to a consumer in plan order whatever order they arrive in, holding early ones back: merging
 * floating-point partials in a fixed order makes a computation's output the same on every run and engine.
 */
final class OrderedMerge<T> {
    private final Consumer<T> consumer;
    private final Map<Integer, T> waiting = new HashMap<>();
    private int next;

    OrderedMerge(Consumer<T> consumer) {
        this.consumer = consumer;
    }

    void accept(int index, T result) {
        waiting.put(index, result);
        T r;
        while ((r = waiting.remove(next)) != null) {
            consumer.accept(r);
            next++;
        }
    }
}
