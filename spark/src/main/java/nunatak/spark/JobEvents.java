package nunatak.spark;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Follows nunatak's Spark jobs on the listener bus and forwards every finished Spark task, with the bytes its
 * block tasks read (from the engine's accumulator), into the queue of the job that is waiting for it. The
 * driver thread drains that queue, so progress listeners are called where the engine contract says.
 */
final class JobEvents extends SparkListener {
    /** One Spark task finished: its partition and the bytes it read. */
    record TaskEnded(int partition, long bytes) {
    }

    private final long accumulatorId;
    private final Map<String, Queue<Object>> byGroup = new ConcurrentHashMap<>();
    private final Map<Integer, Queue<Object>> byStage = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> stagesOfGroup = new ConcurrentHashMap<>();

    JobEvents(long accumulatorId) {
        this.accumulatorId = accumulatorId;
    }

    void follow(String jobGroup, Queue<Object> events) {
        stagesOfGroup.put(jobGroup, new CopyOnWriteArrayList<>());
        byGroup.put(jobGroup, events);
    }

    void forget(String jobGroup) {
        byGroup.remove(jobGroup);
        List<Integer> stages = stagesOfGroup.remove(jobGroup);
        if (stages != null) {
            stages.forEach(byStage::remove);
        }
    }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        String group = start.properties() == null ? null : start.properties().getProperty("spark.jobGroup.id");
        Queue<Object> events = group == null ? null : byGroup.get(group);
        if (events == null) {
            return;
        }
        for (Object stage : CollectionConverters.asJava(start.stageIds())) {
            byStage.put((Integer) stage, events);
            List<Integer> stages = stagesOfGroup.get(group);
            if (stages != null) {
                stages.add((Integer) stage);
            }
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        Queue<Object> events = byStage.get(end.stageId());
        if (events == null || !end.taskInfo().successful()) {
            return;
        }
        long bytes = 0;
        for (AccumulableInfo a : CollectionConverters.asJava(end.taskInfo().accumulables())) {
            if (a.id() == accumulatorId && a.update().isDefined() && a.update().get() instanceof Number n) {
                bytes = n.longValue();
            }
        }
        events.add(new TaskEnded(end.taskInfo().index(), bytes));
    }
}
