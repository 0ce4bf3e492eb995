"""Writes a synthetic, REMA-like float32 DEM as GDAL COGs in the encodings the decode benchmarks compare.

Run with the system Python that has GDAL's bindings: /usr/bin/python3 bench/make_decode_data.py [OUT_DIR] [SIZE]
(bench/make-decode-data.sh does that). Deterministic (fixed seed), no network.

The surface is built so that the codecs see what they see on REMA: a smooth ice-sheet dome, fractal mountains,
a sea-level ocean, centimetre-to-decimetre surface texture (so the low mantissa bytes are noisy), and nodata
(-9999) voids in blobs; LZW compresses it ~1.6x without predictor and ~2.2x with predictor 3, as it does REMA.
"""
import os
import sys

import numpy as np
from osgeo import gdal

NODATA = -9999.0
ENCODINGS = {
    # file name: COG creation options (512 blocks, no overviews: the benchmarks decode the full level only)
    "lzw": ["COMPRESS=LZW", "PREDICTOR=NO"],  # REMA v1
    "lzw_pred2": ["COMPRESS=LZW", "PREDICTOR=STANDARD"],
    "lzw_pred3": ["COMPRESS=LZW", "PREDICTOR=FLOATING_POINT"],  # REMA v2
    "deflate": ["COMPRESS=DEFLATE", "PREDICTOR=NO"],
    "zstd_pred3": ["COMPRESS=ZSTD", "PREDICTOR=FLOATING_POINT"],
}
# The same encoding as "lzw" on the surface before rounding to 1/128 m: every mantissa bit varies, as in the
# test fixtures (testdata/) and nunatak's sample, so LZW does not compress (strings of 1-2 bytes, the per-code worst case).
ROUGH = {"lzw_rough": ["COMPRESS=LZW", "PREDICTOR=NO"]}


def fractal(rng, n, beta, lo_cut=1.0):
    """Gaussian noise with power spectrum ~ 1/f^beta (fractional Brownian surface), unit standard deviation."""
    fy = np.fft.fftfreq(n)[:, None]
    fx = np.fft.rfftfreq(n)[None, :]
    f = np.sqrt(fx * fx + fy * fy)
    f[0, 0] = 1.0
    amp = np.maximum(f * n, lo_cut) ** (-beta / 2.0)
    amp[0, 0] = 0.0
    spec = amp * (rng.standard_normal(amp.shape) + 1j * rng.standard_normal(amp.shape))
    z = np.fft.irfft2(spec, s=(n, n))
    return z / z.std()


def surface(n, seed=20240, quantize=True):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:n, 0:n] / n
    r2 = (x - 0.35) ** 2 + (y - 0.4) ** 2
    dome = 2600.0 * np.sqrt(np.clip(1.0 - r2 / 0.45, 0.0, None))
    relief = np.clip(1.2 - dome / 2600.0, 0.2, None)  # mountains stand out where the ice is thin
    mountains = 350.0 * fractal(rng, n, 3.2) * relief
    texture = fractal(rng, n, 1.0) * (0.02 + 0.28 * np.clip(relief - 0.2, 0.0, 1.0))  # 2 cm on ice, 30 cm on rock
    z = dome + mountains + texture + 120.0
    ocean = z < 0
    z[ocean] = 0.6 * rng.standard_normal(int(ocean.sum())) - 1.0
    # A binary grid of 1/128 m: with every mantissa bit random LZW would not compress at all (ratio 1.0),
    # whereas REMA's LZW files compress ~1.5-2.5x.
    if quantize:
        z = np.round(z * 128.0) / 128.0
    voids = fractal(rng, n, 3.5) > 1.0  # ~15% of the area, in blobs
    voids |= rng.random((n, n)) < 0.002  # and scattered single pixels
    z[voids] = NODATA
    return z.astype(np.float32)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "target", "decode-data")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 4096
    if n % 512:
        sys.exit("size must be a multiple of 512 so every block is full")
    os.makedirs(out, exist_ok=True)
    for z, encodings in ((surface(n), ENCODINGS), (surface(n, quantize=False), ROUGH)):
        write(out, n, z, encodings)


def write(out, n, z, encodings):
    mem = gdal.GetDriverByName("MEM").Create("", n, n, 1, gdal.GDT_Float32)
    mem.SetGeoTransform((-3000000.0, 8.0, 0.0, 3000000.0, 0.0, -8.0))
    mem.SetProjection("EPSG:3031")
    band = mem.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(z)
    raw = n * n * 4
    print(f"{n} x {n} float32, {100.0 * (z == NODATA).mean():.1f}% nodata, "
          f"{100.0 * ((z != NODATA) & (z <= 0)).mean():.1f}% ocean -> {out}")
    for name, options in encodings.items():
        path = os.path.join(out, name + ".tif")
        gdal.Translate(path, mem, format="COG",
                       creationOptions=options + ["BLOCKSIZE=512", "OVERVIEWS=NONE", "NUM_THREADS=ALL_CPUS"])
        print(f"  {name + '.tif':16s} {os.path.getsize(path) / 2**20:7.1f} MiB, "
              f"compression ratio {raw / os.path.getsize(path):.2f}")


if __name__ == "__main__":
    gdal.UseExceptions()
    main()
