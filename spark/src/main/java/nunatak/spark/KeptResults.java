package nunatak.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;

/**
 * Results that {@code persist} asked to keep: cached RDDs of task outcomes (the UI's Storage tab lists them),
 * found again by the fingerprint of the tasks that computed them.
 */
final class KeptResults {
    record Kept(String name, JavaRDD<Outcome> rdd, List<Slice> slices, Broadcast<byte[]> table) {
    }

    private final Map<String, Kept> byFingerprint = new ConcurrentHashMap<>();

    Kept get(String fingerprint) {
        return byFingerprint.get(fingerprint);
    }

    void put(String fingerprint, Kept k) {
        byFingerprint.put(fingerprint, k);
    }

    void drop(String fingerprint) {
        Kept k = byFingerprint.remove(fingerprint);
        if (k != null) {
            release(k);
        }
    }

    int size() {
        return byFingerprint.size();
    }

    void dropAll() {
        byFingerprint.keySet().forEach(this::drop);
    }

    private static void release(Kept k) {
        k.rdd().unpersist(false);
        k.table().destroy();
    }
}
