#!/usr/bin/env python3
"""The Pangeo REMA notebook's workflow on its own stack (xarray + rioxarray + dask.distributed), timed.

Opens rows x cols of tiles as one lazy array (chunks 5000), NaN for tiles that fail to open (or, with --vrt, one
GDAL VRT of a mosaic, as rioxarray opens any raster), masks
values <= 0, coarsens by FACTOR (trim, mean) and persists it on a LocalCluster, then extracts the
full-resolution profile at y = Y (nearest). Prints one JSON object with the times and checksums.
Run with Debian's python (/usr/bin/python3): python3-rioxarray, python3-dask, python3-distributed.
"""
import argparse
import json
import os
import time

os.environ.setdefault("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR")
os.environ.setdefault("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".tif")
os.environ.setdefault("CPL_VSIL_CURL_USE_HEAD", "NO")

import numpy as np  # noqa: E402
import xarray as xr  # noqa: E402
import rioxarray  # noqa: E402,F401
import dask.array as dsa  # noqa: E402
from dask.distributed import Client, LocalCluster, wait  # noqa: E402


def tile_range(text):
    a, b = (int(v) for v in text.split(":"))
    step = 1 if a <= b else -1
    return list(range(a, b + step, step))


def open_mosaic(template, rows, cols, chunks):
    grid = []
    for i in rows:
        row = []
        for j in cols:
            try:
                da = rioxarray.open_rasterio(template.format(i=i, j=j), chunks=chunks).squeeze("band", drop=True)
            except Exception:  # the notebook skips tiles that fail to open
                da = None
            row.append(da)
        grid.append(row)
    ref = next(t for r in grid for t in r if t is not None)
    for r, row in enumerate(grid):
        for c, t in enumerate(row):
            if t is None:  # a NaN tile with the coordinates of its row and column neighbours
                ys = next(x for x in grid[r] if x is not None).y
                xs = next(g[c] for g in grid if g[c] is not None).x
                data = dsa.full(ref.shape, np.nan, dtype=ref.dtype, chunks=chunks)
                grid[r][c] = xr.DataArray(data, dims=("y", "x"), coords={"y": ys, "x": xs}).assign_coords(
                    {k: v for k, v in ref.coords.items() if k not in ("x", "y")})
    rows = [xr.concat(row, dim="x", coords="minimal", compat="override") for row in grid]
    return xr.concat(rows, dim="y", coords="minimal", compat="override")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--template")
    p.add_argument("--vrt", help="a GDAL VRT of the mosaic instead of a template")
    p.add_argument("--rows", default="40:37")
    p.add_argument("--cols", default="20:23")
    p.add_argument("--chunks", type=int, default=5000)
    p.add_argument("--factor", type=int, default=100)
    p.add_argument("--y", type=float, default=750000)
    p.add_argument("--workers", type=int, default=2)
    a = p.parse_args()

    cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    try:
        t0 = time.perf_counter()
        if a.vrt:
            da = rioxarray.open_rasterio(a.vrt, chunks=a.chunks).squeeze("band", drop=True)
        else:
            da = open_mosaic(a.template, tile_range(a.rows), tile_range(a.cols), a.chunks)
        da = da.where(da > 0)
        t1 = time.perf_counter()
        coarse = da.coarsen(y=a.factor, x=a.factor, boundary="trim").mean().persist()
        wait(coarse)
        coarse_values = coarse.values
        t2 = time.perf_counter()
        profile = da.sel(y=a.y, method="nearest").compute()
        t3 = time.perf_counter()
        print(json.dumps({
            "open": t1 - t0, "coarsen": t2 - t1, "profile": t3 - t2,
            "shape": list(da.shape), "coarse_shape": list(coarse_values.shape),
            "coarse_valid": int(np.isfinite(coarse_values).sum()),
            "coarse_mean": float(np.nanmean(coarse_values)),
            "profile_y": float(profile.y), "profile_valid": int(np.isfinite(profile.values).sum()),
            "profile_mean": float(np.nanmean(profile.values)),
        }))
    finally:
        client.close()
        cluster.close()


if __name__ == "__main__":
    main()
