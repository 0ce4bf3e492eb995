package nunatak.array;

import nunatak.analysis.HornKernel;

/** gdaldem's Horn kernels (slope, aspect, hillshade) as a neighbourhood operation of halo 1. */
record TerrainKernel(HornKernel horn) implements Kernel {

    @Override
    public int halo() {
        return 1;
    }

    @Override
    public void apply(double[][] rows, int n, double[] out) {
        horn.row(rows[0], rows[1], rows[2], 0, out, 0, n);
    }

    @Override
    public Dtype resultType(Dtype in) {
        return Dtype.FLOAT32;
    }

    @Override
    public String label() {
        return horn.product().label();
    }
}
