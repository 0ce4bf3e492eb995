package nunatak.plot;

/** Figures of maps and profiles. */
final class PlotPackage {
    private PlotPackage() {
    }
}
