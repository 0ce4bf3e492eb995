package nunatak.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH counter of decoded megabytes (10^6 bytes); in throughput mode JMH reports it per second, i.e. as the
 * MB/s of one thread, next to the primary score in blocks per second.
 */
@AuxCounters(AuxCounters.Type.OPERATIONS)
@State(Scope.Thread)
public class DecodedBytes {
    public double mb;

    @Setup(Level.Iteration)
    public void reset() {
        mb = 0;
    }

    void add(int bytes) {
        mb += bytes * 1e-6;
    }
}
