"""Times GDAL decoding every block of band 1 of GeoTIFFs, single-threaded, and prints decoded MB/s per file.

Run with the system Python that has GDAL's bindings (the benchmarks' reference point, see bench/README.md):
    /usr/bin/python3 bench/gdal_decode.py [--passes N] FILE...
Prints one line per file: "<file> <MB/s> <min MB/s> <max MB/s>", MB = 10^6 decoded bytes, the median
over N timed passes after one untimed pass that also brings the file into the OS page cache.

Band.ReadBlock goes straight to the driver's IReadBlock (libtiff decode + predictor), bypassing GDAL's
block cache, so every pass decodes every block exactly once.
"""
import argparse
import os
import statistics
import time

from osgeo import gdal

gdal.SetConfigOption("GDAL_NUM_THREADS", "1")
gdal.SetConfigOption("GDAL_CACHEMAX", "8")  # MiB; ReadBlock does not use it, but no warm cache can help
gdal.UseExceptions()


def decode_all(band, buf):
    bw, bh = band.GetBlockSize()
    across = (band.XSize + bw - 1) // bw
    down = (band.YSize + bh - 1) // bh
    for by in range(down):
        for bx in range(across):
            band.ReadBlock(bx, by, buf)
    return across * down * bw * bh * gdal.GetDataTypeSize(band.DataType) // 8


def measure(path, passes):
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    bw, bh = band.GetBlockSize()
    buf = bytearray(bw * bh * gdal.GetDataTypeSize(band.DataType) // 8)
    decode_all(band, buf)
    rates = []
    for _ in range(passes):
        t0 = time.perf_counter()
        n = decode_all(band, buf)
        rates.append(n / 1e6 / (time.perf_counter() - t0))
    return statistics.median(rates), min(rates), max(rates)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--passes", type=int, default=5)
    p.add_argument("files", nargs="+")
    a = p.parse_args()
    for f in a.files:
        med, lo, hi = measure(f, a.passes)
        print(f"{os.path.basename(f)} {med:.1f} {lo:.1f} {hi:.1f}", flush=True)


if __name__ == "__main__":
    main()
