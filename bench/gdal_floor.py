#!/usr/bin/env python3
"""The decode floor: GDAL decoding every block of the given GeoTIFFs with N processes, one thread each.

Paths may be local files or /vsicurl/http://... URLs. Uses gdal_decode.decode_all (Band.ReadBlock on every
block, bypassing GDAL's block cache, so each block is decoded exactly once). Prints
{"seconds": .., "pixels": .., "files": ..} as JSON. Run with /usr/bin/python3 (Debian's python3-gdal).
"""
import json
import os
import sys
import time
from multiprocessing import Pool

# For /vsicurl/ paths: no directory listing on open, as the notebook's environment sets it.
os.environ.setdefault("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR")
os.environ.setdefault("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".tif")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gdal_decode import decode_all  # noqa: E402
from osgeo import gdal  # noqa: E402


def decode(path):
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    bw, bh = band.GetBlockSize()
    decode_all(band, bytearray(bw * bh * gdal.GetDataTypeSize(band.DataType) // 8))
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
