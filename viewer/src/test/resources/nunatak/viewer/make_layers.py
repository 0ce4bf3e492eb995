"""Writes the viewer tests' mosaic with GDAL: 2 x 2 tiles (rows 2:1 top to bottom, columns 1:2) of 512 x 512 pixels
of 64 m in EPSG:3031, tile 1_2 missing, each tile with REMA's sibling layers dem (float32, nodata -9999, ocean <= 0,
voids), mad (float32, nodata -9999) and count (uint8, nodata 0). COGs with LZW, predictor, 128-pixel blocks and
nearest overviews 2 and 4, so the viewer's tiles at zoom 9, 8 and 7 fall exactly on the levels' pixels.

usage: make_layers.py OUTDIR
"""
import os
import sys

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()
RES = 64.0
N = 512
X0 = -1048576.0  # a multiple of 256 px x 256 m: every zoom's tile edges meet the levels' pixel edges
Y0 = 786432.0
ROWS = [2, 1]
COLS = [1, 2]
MISSING = {(1, 2)}


def terrain(x, y):
    z = 900 + 700 * np.sin(x / 9000.0) * np.cos(y / 7000.0) + 0.004 * (x - X0) + 250 * np.sin((x + y) / 2500.0)
    z = np.where(x - X0 < 12000 + 3000 * np.sin(y / 5000.0), z - 1500, z)  # a coast in the west: ocean <= 0
    return np.maximum(z, -40 + 5 * np.sin(x / 900.0))


def write(path, array, dtype, nodata, x0, y0):
    mem = gdal.GetDriverByName("MEM").Create("", N, N, 1, dtype)
    mem.SetGeoTransform((x0, RES, 0, y0, 0, -RES))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3031)
    mem.SetProjection(srs.ExportToWkt())
    band = mem.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(array)
    predictor = "YES"
    gdal.Translate(path, mem, format="COG", creationOptions=[
        "COMPRESS=LZW", "PREDICTOR=" + predictor, "BLOCKSIZE=128", "OVERVIEW_RESAMPLING=NEAREST",
        "OVERVIEW_COUNT=2"])


def main(out):
    rng = np.random.default_rng(7)
    for r, i in enumerate(ROWS):
        for c, j in enumerate(COLS):
            if (i, j) in MISSING:
                continue
            x0 = X0 + c * N * RES
            y0 = Y0 - r * N * RES
            cols = x0 + (np.arange(N) + 0.5) * RES
            rows = y0 - (np.arange(N) + 0.5) * RES
            x, y = np.meshgrid(cols, rows)
            dem = terrain(x, y).astype(np.float32)
            voids = np.zeros((N, N), bool)
            for _ in range(6):
                cy, cx, rad = rng.integers(40, N - 40), rng.integers(40, N - 40), rng.integers(4, 25)
                voids |= (np.arange(N)[:, None] - cy) ** 2 + (np.arange(N)[None, :] - cx) ** 2 < rad ** 2
            dem[voids] = -9999
            gy, gx = np.gradient(np.where(voids, np.nan, dem).astype(np.float64), RES)
            mad = np.nan_to_num(np.hypot(gx, gy) * 10 + 0.3, nan=-9999).astype(np.float32)
            mad[voids] = -9999
            count = (1 + (np.abs(np.sin(x / 3000.0) * np.cos(y / 4000.0)) * 20)).astype(np.uint8)
            count[voids] = 0
            d = os.path.join(out, "%d_%d" % (i, j))
            os.makedirs(d, exist_ok=True)
            write(os.path.join(d, "%d_%d_dem.tif" % (i, j)), dem, gdal.GDT_Float32, -9999, x0, y0)
            write(os.path.join(d, "%d_%d_mad.tif" % (i, j)), mad, gdal.GDT_Float32, -9999, x0, y0)
            write(os.path.join(d, "%d_%d_count.tif" % (i, j)), count, gdal.GDT_Byte, 0, x0, y0)


if __name__ == "__main__":
    main(sys.argv[1])
