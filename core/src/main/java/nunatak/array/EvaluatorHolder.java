package nunatak.array;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;

/** The {@link ArrayEvaluator} found on the class path, loaded on first use. */
final class EvaluatorHolder {
    static final ArrayEvaluator INSTANCE = find();

    private EvaluatorHolder() {
    }

    /**
     * The first provider named by the first service file on the class path, which is what
     * {@code ServiceLoader.findFirst()} returns; but ServiceLoader lists the service files of every jar first, opening
     * each one, 0.1 s for the CLI's ~250 jars (Spark's), where {@code getResource} stops at the first (nunatak-core's).
     * ServiceLoader remains the way for anything else (a module path).
     */
    private static ArrayEvaluator find() {
        ClassLoader loader = ArrayEvaluator.class.getClassLoader();
        String name = firstProvider(loader.getResource("META-INF/services/" + ArrayEvaluator.class.getName()));
        if (name != null) {
            try {
                return Class.forName(name, true, loader).asSubclass(ArrayEvaluator.class).getDeclaredConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                // ServiceLoader below reports it in its words
            }
        }
        return ServiceLoader.load(ArrayEvaluator.class, loader).findFirst().orElseThrow(() -> new IllegalStateException(
                "no nunatak.array.ArrayEvaluator on the class path (nunatak-core's planner is missing)"));
    }

    private static String firstProvider(URL file) {
        if (file == null) {
            return null;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!name.isEmpty()) {
                    return name;
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
