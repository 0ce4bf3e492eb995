package nunatak.engine;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Makes an engine that another module supplies (the spark module's "spark"), found with {@link ServiceLoader}.
 * A caller that lets the user pick the engine by name, such as the CLI, then needs that engine's libraries only
 * when the user asks for it.
 *
 * <pre>{@code
 * Engine spark = EngineProvider.find("spark").orElseThrow().create("spark://head:7077", Map.of());
 * }</pre>
 */
public interface EngineProvider {

    /** The name users choose the engine by, e.g. "spark". */
    String name();

    /**
     * @param master where to run, in the engine's terms ("local[*]", "spark://head:7077"); null for its default
     * @param conf   extra engine settings (for Spark: Spark configuration keys)
     */
    Engine create(String master, Map<String, String> conf);

    /** The provider registered under {@code name}, if its module is on the class path. */
    static Optional<EngineProvider> find(String name) {
        for (EngineProvider p : ServiceLoader.load(EngineProvider.class)) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
