#!/usr/bin/env python3
"""The decode floor: GDAL decoding every block of the given GeoTIFFs with N processes, one thread each.
Paths may be local files or /vsicurl/http://... URLs.

Reads each file block row by block row with the GDAL block cache kept small, so every block is decoded
exactly once, and prints {"seconds": .., "pixels": .., "files": ..} as JSON. Run with /usr/bin/python3
(Debian's python3-gdal).
"""
import json
import os
import sys
import time
from multiprocessing import Pool

os.environ["GDAL_NUM_THREADS"] = "1"
os.environ["GDAL_CACHEMAX"] = "64"
# For /vsicurl/ paths: no directory listing on open, as the notebook's environment sets it.
os.environ.setdefault("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR")
os.environ.setdefault("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".tif")

from osgeo import gdal  # noqa: E402

gdal.UseExceptions()


def decode(path):
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    bw, bh = band.GetBlockSize()
    for y in range(0, ds.RasterYSize, bh):
        h = min(bh, ds.RasterYSize - y)
        band.ReadRaster(0, y, ds.RasterXSize, h)
    return ds.RasterXSize * ds.RasterYSize


def main():
    procs = int(sys.argv[1])
    files = sys.argv[2:]
    t0 = time.perf_counter()
    with Pool(procs) as pool:
        pixels = sum(pool.map(decode, files, chunksize=1))
    print(json.dumps({"seconds": time.perf_counter() - t0, "pixels": pixels, "files": len(files)}))


if __name__ == "__main__":
    main()
