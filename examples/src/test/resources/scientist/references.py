# References for the scientist's API tests, computed the Pangeo notebook's way (xarray + rioxarray, rasterio):
#   references.py box ROOT XMIN YMIN XMAX YMAX    the notebook's mosaic masked with da > 0, then .sel() of a box
#   references.py zonal ROOT ZONES.geojson        count, mean, min, max, std of each zone (rasterio geometry_mask)
# ROOT holds rema-mini's tiles {i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif, rows 40..37, cols 20..23, one
# missing; the mosaic is built as testdata/README.md describes (the absent tile NaN, concatenated along x then y).
import json
import os
import sys

import numpy as np
import rioxarray
import xarray as xr
from rasterio import features

ROWS, COLS = [40, 39, 38, 37], [20, 21, 22, 23]


def tile(root, i, j):
    path = os.path.join(root, f"{i:02d}_{j:02d}", f"{i:02d}_{j:02d}_400m_dem_COG_LZW.tif")
    if not os.path.exists(path):
        return None
    da = rioxarray.open_rasterio(path).squeeze("band", drop=True)
    return da.where(da > 0)


def mosaic(root):
    tiles = {(i, j): tile(root, i, j) for i in ROWS for j in COLS}
    xs = {j: next(t.x for (i2, j2), t in tiles.items() if j2 == j and t is not None) for j in COLS}
    ys = {i: next(t.y for (i2, j2), t in tiles.items() if i2 == i and t is not None) for i in ROWS}
    rows = []
    for i in ROWS:
        parts = []
        for j in COLS:
            t = tiles[(i, j)]
            if t is None:
                t = xr.DataArray(np.full((ys[i].size, xs[j].size), np.nan, np.float32),
                                 coords={"y": ys[i], "x": xs[j]}, dims=("y", "x"))
            parts.append(t.drop_vars("spatial_ref", errors="ignore"))
        rows.append(xr.concat(parts, dim="x"))
    return xr.concat(rows, dim="y")


def values(a):
    return [[None if np.isnan(v) else float(v) for v in row] for row in a.values]


def box(root, xmin, ymin, xmax, ymax):
    sel = mosaic(root).sel(x=slice(xmin, xmax), y=slice(ymax, ymin))
    return {"shape": list(sel.shape), "x": [float(v) for v in sel.x.values], "y": [float(v) for v in sel.y.values],
            "values": values(sel)}


def zonal(root, zones_file):
    m = mosaic(root)
    res = float(m.x[1] - m.x[0])
    transform = (res, 0.0, float(m.x[0]) - res / 2, 0.0, -res, float(m.y[0]) + res / 2)
    from affine import Affine
    t = Affine(*transform)
    with open(zones_file) as f:
        fc = json.load(f)
    out = []
    for feature in fc["features"]:
        inside = features.geometry_mask([feature["geometry"]], m.shape, t, all_touched=False, invert=True)
        v = m.values[inside].astype(np.float64)
        v = v[~np.isnan(v)]
        out.append({"count": int(v.size), "mean": float(v.mean()), "min": float(v.min()), "max": float(v.max()),
                    "std": float(v.std())})
    return out


if __name__ == "__main__":
    if sys.argv[1] == "box":
        print(json.dumps(box(sys.argv[2], *map(float, sys.argv[3:7]))))
    else:
        print(json.dumps(zonal(sys.argv[2], sys.argv[3])))
