package nunatak.spark;

import java.util.Map;
import nunatak.engine.Engine;
import nunatak.engine.EngineProvider;

/**
 * Registers the Spark engine as "spark" for {@link EngineProvider#find} (the CLI's {@code --engine spark}).
 *
 * <pre>{@code
 * Engine spark = EngineProvider.find("spark").orElseThrow().create("spark://head:7077", Map.of());
 * }</pre>
 */
public final class SparkEngineProvider implements EngineProvider {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Engine create(String master, Map<String, String> conf) {
        return SparkEngine.builder().master(master).conf(conf).build();
    }
}
