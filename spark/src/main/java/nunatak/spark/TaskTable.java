package nunatak.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nunatak.NunatakException;
import nunatak.engine.Task;

/**
 * A job's tasks serialized once, broadcast to the executors and decoded once per executor JVM. Tasks of one
 * stage share their mosaic layout, which Java serialization writes once for the whole table; Spark partitions
 * then carry only index ranges ({@link Slice}). The fingerprint identifies the same work in a later job.
 */
final class TaskTable {
    private static final int DECODED_KEPT = 8;
    private static final Map<String, List<Task<?, ?>>> DECODED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Task<?, ?>>> eldest) {
            return size() > DECODED_KEPT;
        }
    };

    record Encoded(byte[] bytes, String fingerprint) {
    }

    private TaskTable() {
    }

    static Encoded encode(List<? extends Task<?, ?>> tasks) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(buf)) {
            out.writeObject(new ArrayList<>(tasks));
        } catch (IOException e) {
            throw new NunatakException("cannot serialize the tasks for Spark: " + e, e);
        }
        byte[] bytes = buf.toByteArray();
        try {
            String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new Encoded(bytes, fingerprint);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded tasks; {@code bytes} is asked for (a broadcast read) only the first time in this JVM. */
    static List<Task<?, ?>> decode(String fingerprint, Supplier<byte[]> bytes) {
        synchronized (DECODED) {
            List<Task<?, ?>> tasks = DECODED.get(fingerprint);
            if (tasks == null) {
                tasks = read(bytes.get());
                DECODED.put(fingerprint, tasks);
            }
            return tasks;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Task<?, ?>> read(byte[] bytes) {
        try (ObjectInputStream in = new ContextObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (List<Task<?, ?>>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new NunatakException("cannot read the tasks on this executor (is the nunatak jar on its class path?): "
                    + e, e);
        }
    }
}
