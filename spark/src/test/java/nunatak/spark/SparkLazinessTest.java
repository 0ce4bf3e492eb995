package nunatak.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.array.LazinessContract;
import nunatak.engine.Engine;
import nunatak.source.ByteRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** On Spark too, only the needed blocks cross the wire, each once, however tasks are grouped into partitions. */
@ExtendWith(SharedSpark.class)
class SparkLazinessTest extends LazinessContract {
    @Override
    protected Engine engine() {
        return SharedSpark.engine();
    }

    @Test
    void smallBlockTasksSharePartitionsAndTheReportCountsTheirBytes() {
        DataArray map = open(100).where(Condition.gt(0)).coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean();
        server.clearRequests();
        map.compute(SharedSpark.engine());
        JobReport job = SharedSpark.engine().lastJob();
        assertTrue(job.tasks() > job.sparkTasks(), "small block tasks share Spark partitions: " + job);
        Map<String, List<ByteRange>> expected = everyBlockOfRemaMini();
        long blocks = expected.values().stream().mapToLong(List::size).sum();
        long needed = expected.values().stream().flatMap(List::stream).mapToLong(ByteRange::length).sum();
        // The report counts the blocks' byte counts; the fetched ranges add GDAL's 4-byte leader and trailer.
        assertEquals(needed - 8 * blocks, job.bytes());
    }
}
