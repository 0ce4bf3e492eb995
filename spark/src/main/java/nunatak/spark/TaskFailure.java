package nunatak.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import nunatak.NunatakException;
import nunatak.engine.Task;

/**
 * A task's failure as an executor reports it: the exception's class and message (what the user reads), and the
 * exception itself when it serializes (cause chain and stack for {@code --stacktrace}). Returned as a task
 * result rather than thrown, so Spark neither retries a deterministic failure nor wraps it in its own traces.
 */
record TaskFailure(String type, String message, byte[] serialized) implements Serializable {

    /** What the local engine would raise for the same failure, so users read the same message on both. */
    static TaskFailure of(Throwable e, Task<?, ?> task) {
        Throwable shown = e;
        if (e instanceof OutOfMemoryError) {
            shown = new NunatakException(task.describe() + ": out of memory; use smaller chunks (--chunks) or more "
                    + "executor memory (--conf spark.executor.memory=8g)", e);
        } else if (!(e instanceof NunatakException)) {
            shown = new NunatakException(task.describe() + " failed: " + e, e);
        }
        return new TaskFailure(shown.getClass().getName(), shown.getMessage(), serialize(shown));
    }

    /** The exception to throw on the driver: the original when it travelled, else one of its type and message. */
    RuntimeException rebuild() {
        Object original = deserialize(serialized);
        if (original instanceof RuntimeException re && re.getClass().getName().equals(type)) {
            return re;
        }
        try {
            Class<?> c = Class.forName(type, true, Thread.currentThread().getContextClassLoader());
            if (NunatakException.class.isAssignableFrom(c)) {
                return (RuntimeException) c.getConstructor(String.class).newInstance(message);
            }
        } catch (ReflectiveOperationException | LinkageError ignored) {
            // fall through: the message is what matters
        }
        return new NunatakException(message);
    }

    private static byte[] serialize(Throwable e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        } catch (IOException | RuntimeException notSerializable) {
            return null; // e.g. a cause from a library holding a connection: type and message still travel
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] b) {
        if (b == null) {
            return null;
        }
        try (ObjectInputStream in = new ContextObjectInputStream(new ByteArrayInputStream(b))) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null;
        }
    }
}
