"""Reference values for the viewer tests, computed with GDAL, rasterio and numpy on the files make_layers.py wrote,
independently of nunatak. Reads one JSON request on stdin, prints one JSON answer.

  {"op": "level", "layer": "dem", "level": 1, "out": PATH}  -> writes the mosaic of that overview level (GDAL's own
      overviews, NaN for nodata and the missing tile) as float64 little-endian to PATH; answers its shape and transform
  {"op": "profile", "layer": "dem", "coords": [[x, y], ...], "step": S}  -> bilinear values at stations 0, S, 2S, ...
  {"op": "zonal", "layer": "dem", "geometry": {...GeoJSON...}}  -> count, area_km2, mean, min, max, std of the pixels
      rasterio.features.geometry_mask(all_touched=False) puts inside
  {"op": "hillshade", "layer": "dem", "level": 1, "out": PATH}  -> gdaldem hillshade (defaults: -az 315 -alt 45 -z 1)
      of that level's mosaic, NaN where gdaldem writes nodata, as float64 to PATH; answers its shape
  {"op": "window", "vrt": PATH, "bounds": [minx, miny, maxx, maxy], "out": PATH}  -> GDAL's pixels of the VRT in
      that box (on the VRT's pixel edges), NaN for nodata and outside, as float64 to PATH; answers its shape
  {"op": "point", "points": [[x, y], ...]}  -> the value of the pixel holding each point (null for none)
  {"op": "lonlat", "points": [[x, y], ...]}  -> pyproj's EPSG:3031 -> EPSG:4326 lon/lat
  {"op": "xy", "points": [[lon, lat], ...]}  -> pyproj's EPSG:4326 -> EPSG:3031 x/y

Instead of "root" and "layer", a request may name "vrt": a GDAL VRT read at full resolution (level 0).
"""
import json
import os
import sys

import numpy as np
import rasterio
import rasterio.features
from affine import Affine

ROWS = [2, 1]
COLS = [1, 2]


def source(req, level=0):
    """The request's raster as float64, NaN where no data, and its transform."""
    if "vrt" in req:
        with rasterio.open(req["vrt"]) as src:
            a = src.read(1).astype(np.float64)
            if src.nodata is not None:
                a[a == src.nodata] = np.nan
            return a, src.transform
    return mosaic(req["root"], req["layer"], level)


def hillshade(a, t, path):
    """gdaldem hillshade of an array, through a GeoTIFF with nodata -9999, as float64 with NaN for nodata."""
    from osgeo import gdal
    gdal.UseExceptions()
    src = path + ".dem.tif"
    ds = gdal.GetDriverByName("GTiff").Create(src, a.shape[1], a.shape[0], 1, gdal.GDT_Float32)
    ds.SetGeoTransform(t.to_gdal())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999)
    band.WriteArray(np.where(np.isnan(a), -9999, a).astype(np.float32))
    ds = None
    out = path + ".hillshade.tif"
    gdal.DEMProcessing(out, src, "hillshade")
    with rasterio.open(out) as r:
        h = r.read(1).astype(np.float64)
        h[h == r.nodata] = np.nan
    return h


def mosaic(root, layer, level):
    """The layer's mosaic at one level as float64, NaN where no data, and its transform."""
    tiles = {}
    size = None
    transform = None
    for r, i in enumerate(ROWS):
        for c, j in enumerate(COLS):
            path = os.path.join(root, "%d_%d" % (i, j), "%d_%d_%s.tif" % (i, j, layer))
            if not os.path.exists(path):
                continue
            with rasterio.open(path, overview_level=level - 1 if level > 0 else None) as src:
                a = src.read(1).astype(np.float64)
                if src.nodata is not None:
                    a[a == src.nodata] = np.nan
                tiles[(r, c)] = a
                size = a.shape
                if (r, c) == (0, 0) or transform is None:
                    t = src.transform
                    transform = Affine(t.a, t.b, t.c - c * size[1] * t.a, t.d, t.e, t.f - r * size[0] * t.e)
    h, w = size
    out = np.full((h * len(ROWS), w * len(COLS)), np.nan)
    for (r, c), a in tiles.items():
        out[r * h:(r + 1) * h, c * w:(c + 1) * w] = a
    return out, transform


def stations(coords, step):
    pts = np.asarray(coords, float)
    seg = np.hypot(np.diff(pts[:, 0]), np.diff(pts[:, 1]))
    cum = np.concatenate([[0], np.cumsum(seg)])
    n = int(np.floor(cum[-1] / step)) + 1
    while n > 1 and (n - 1) * step > cum[-1]:
        n -= 1
    d = np.arange(n) * step
    x = np.interp(d, cum, pts[:, 0])
    y = np.interp(d, cum, pts[:, 1])
    return d, x, y


def bilinear(a, t, x, y):
    col = (x - t.c) / t.a - 0.5
    row = (y - t.f) / t.e - 0.5
    c0 = np.floor(col).astype(int)
    r0 = np.floor(row).astype(int)
    fx = col - c0
    fy = row - r0
    out = np.full(x.shape, np.nan)
    ok = (c0 >= 0) & (r0 >= 0) & (c0 + 1 < a.shape[1]) & (r0 + 1 < a.shape[0])
    c0, r0, fx, fy = c0[ok], r0[ok], fx[ok], fy[ok]
    out[ok] = ((1 - fy) * ((1 - fx) * a[r0, c0] + fx * a[r0, c0 + 1])
               + fy * ((1 - fx) * a[r0 + 1, c0] + fx * a[r0 + 1, c0 + 1]))
    return out


def main():
    req = json.load(sys.stdin)
    root = req.get("root")
    op = req["op"]
    if op == "level":
        a, t = mosaic(root, req["layer"], req["level"])
        a.astype("<f8").tofile(req["out"])
        ans = {"shape": list(a.shape), "transform": [t.a, t.b, t.c, t.d, t.e, t.f]}
    elif op == "window":
        with rasterio.open(req["vrt"]) as src:
            t = src.transform
            x0, y0, x1, y1 = req["bounds"]
            c0, r0 = int(round((x0 - t.c) / t.a)), int(round((y1 - t.f) / t.e))
            w, h = int(round((x1 - x0) / t.a)), int(round((y0 - y1) / t.e))
            out = np.full((h, w), np.nan)
            rc0, rr0 = max(c0, 0), max(r0, 0)
            rc1, rr1 = min(c0 + w, src.width), min(r0 + h, src.height)
            if rc1 > rc0 and rr1 > rr0:
                a = src.read(1, window=((rr0, rr1), (rc0, rc1))).astype(np.float64)
                if src.nodata is not None:
                    a[a == src.nodata] = np.nan
                out[rr0 - r0:rr1 - r0, rc0 - c0:rc1 - c0] = a
        out.astype("<f8").tofile(req["out"])
        ans = {"shape": [h, w]}
    elif op == "hillshade":
        a, t = mosaic(root, req["layer"], req["level"])
        h = hillshade(a, t, req["out"])
        h.astype("<f8").tofile(req["out"])
        ans = {"shape": list(h.shape)}
    elif op == "profile":
        a, t = source(req)
        d, x, y = stations(req["coords"], req["step"])
        v = bilinear(a, t, x, y)
        ans = {"distance": d.tolist(), "x": x.tolist(), "y": y.tolist(),
               "value": [None if np.isnan(q) else float(q) for q in v]}
    elif op == "point":
        a, t = source(req)
        out = []
        for x, y in req["points"]:
            col = int(np.floor((x - t.c) / t.a))
            row = int(np.floor((y - t.f) / t.e))
            inside = 0 <= row < a.shape[0] and 0 <= col < a.shape[1]
            out.append(None if not inside or np.isnan(a[row, col]) else float(a[row, col]))
        ans = {"value": out}
    elif op == "zonal":
        a, t = source(req)
        inside = rasterio.features.geometry_mask([req["geometry"]], a.shape, t, all_touched=False, invert=True)
        vals = a[inside]
        vals = vals[~np.isnan(vals)]
        ans = {"pixels": int(inside.sum()), "count": int(vals.size), "area_km2": vals.size * abs(t.a * t.e) / 1e6,
               "mean": float(vals.mean()) if vals.size else None, "min": float(vals.min()) if vals.size else None,
               "max": float(vals.max()) if vals.size else None, "std": float(vals.std()) if vals.size else None}
    elif op == "lonlat":
        from pyproj import Transformer
        tr = Transformer.from_crs(3031, 4326, always_xy=True)
        pts = np.asarray(req["points"], float)
        lon, lat = tr.transform(pts[:, 0], pts[:, 1])
        ans = {"lon": list(map(float, lon)), "lat": list(map(float, lat))}
    elif op == "xy":
        from pyproj import Transformer
        tr = Transformer.from_crs(4326, 3031, always_xy=True)
        pts = np.asarray(req["points"], float)
        x, y = tr.transform(pts[:, 0], pts[:, 1])
        ans = {"x": list(map(float, x)), "y": list(map(float, y))}
    else:
        raise SystemExit("unknown op " + op)
    json.dump(ans, sys.stdout)


if __name__ == "__main__":
    main()
