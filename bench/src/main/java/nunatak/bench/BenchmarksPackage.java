package nunatak.bench;

/** Benchmarks live here; see bench/README.md. */
final class BenchmarksPackage {
    private BenchmarksPackage() {
    }
}
