"""The peers' side of bench/analysis.sh: the same analyses as nunatak's CLI with rasterio, numpy and scipy on a GDAL
VRT of the tiles (read through /vsicurl/ from the benchmark's nginx), plus the inputs and the value checks.

  analysis_peers.py inputs --bounds XMIN,YMIN,XMAX,YMAX --points N --dir DIR    line.json, points.csv, basin.geojson
  analysis_peers.py line   --vrt VRT --line line.json --step 8 --out line.csv     bilinear, scipy map_coordinates
  analysis_peers.py points --vrt VRT --points points.csv --out points.csv        nearest, numpy indexing per tile
  analysis_peers.py zonal  --vrt VRT --zones basin.geojson --out zonal.json      rasterio geometry_mask + numpy
  analysis_peers.py check  --dir DIR [--slope-stride K]                          max abs differences, as JSON
  analysis_peers.py report --dir DIR --res R --points N --heap H [--slope-bbox B] the table, DIR/../analysis.json

Each analysis prints the seconds it took after its imports as {"seconds": ...} on stdout.
"""
import argparse
import json
import math
import os
import time

import numpy as np
import rasterio
from rasterio.windows import Window

BLOCK = 512


def read(ds, window):
    """A window as float64 with the nodata as NaN (gdaldem and nunatak's analyses read nodata as NaN)."""
    a = ds.read(1, window=window).astype(np.float64)
    if ds.nodata is not None:
        a[a == ds.nodata] = np.nan
    return a


def inputs(a):
    """A 100 km diagonal line from 5 km inside the top-left corner, N uniform random points, and a wavy basin
    centred on the mosaic whose area is a quarter of it (it meets the missing tile 38_21)."""
    x0, y0, x1, y1 = a.bounds
    d = 100000 / math.sqrt(2)
    line = {"type": "LineString", "coordinates": [[x0 + 5000, y1 - 5000], [x0 + 5000 + d, y1 - 5000 - d]]}
    json.dump(line, open(os.path.join(a.dir, "line.json"), "w"))
    rng = np.random.default_rng(1)
    xs = rng.uniform(x0, x1, a.points)
    ys = rng.uniform(y0, y1, a.points)
    with open(os.path.join(a.dir, "points.csv"), "w") as f:
        f.write("id,x,y\n")
        for i in range(0, a.points, 100000):
            n = min(100000, a.points - i)
            f.write("".join("%d,%.3f,%.3f\n" % (i + k, xs[i + k], ys[i + k]) for k in range(n)))
    theta = np.linspace(0, 2 * np.pi, 721)[:-1]
    r = 1 + 0.15 * np.sin(5 * theta) + 0.05 * np.cos(13 * theta)
    px, py = r * np.cos(theta), r * np.sin(theta)
    unit_area = 0.5 * abs(np.dot(px, np.roll(py, 1)) - np.dot(py, np.roll(px, 1)))
    scale = math.sqrt((x1 - x0) * (y1 - y0) / 4 / unit_area)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    ring = [[cx + scale * u, cy + scale * v] for u, v in zip(px, py)]
    ring.append(ring[0])
    basin = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"NAME": "basin"},
                                                        "geometry": {"type": "Polygon", "coordinates": [ring]}}]}
    json.dump(basin, open(os.path.join(a.dir, "basin.geojson"), "w"))


def line(a):
    import scipy.ndimage
    t = time.perf_counter()
    (xa, ya), (xb, yb) = json.load(open(a.line))["coordinates"]
    length = math.hypot(xb - xa, yb - ya)
    dist = np.arange(0, math.floor(length / a.step + 1e-9) + 1) * a.step
    xs = xa + (xb - xa) * dist / length
    ys = ya + (yb - ya) * dist / length
    values = np.full(len(dist), np.nan)
    with rasterio.open(a.vrt) as ds:
        col = (xs - ds.transform.c) / ds.transform.a - 0.5
        row = (ys - ds.transform.f) / ds.transform.e - 0.5
        # Pieces of 1024 stations, each one window around them: a 100 km line never reads its whole bounding box.
        for i in range(0, len(dist), 1024):
            r, c = row[i:i + 1024], col[i:i + 1024]
            r0, c0 = max(0, int(math.floor(r.min()))), max(0, int(math.floor(c.min())))
            r1 = min(ds.height, int(math.floor(r.max())) + 2)
            c1 = min(ds.width, int(math.floor(c.max())) + 2)
            win = read(ds, Window(c0, r0, c1 - c0, r1 - r0))
            values[i:i + 1024] = scipy.ndimage.map_coordinates(win, [r - r0, c - c0], order=1, mode="constant",
                                                                cval=np.nan)
    np.savetxt(a.out, np.column_stack([dist, xs, ys, values]), delimiter=",", header="distance,x,y,value",
               comments="", fmt="%.17g")
    print(json.dumps({"seconds": time.perf_counter() - t, "stations": len(dist)}))


def points(a):
    import pandas as pd
    t = time.perf_counter()
    df = pd.read_csv(a.points)
    values = np.full(len(df), np.nan)
    with rasterio.open(a.vrt) as ds:
        col = np.floor((df["x"].to_numpy() - ds.transform.c) / ds.transform.a).astype(np.int64)
        row = np.floor((df["y"].to_numpy() - ds.transform.f) / ds.transform.e).astype(np.int64)
        inside = (row >= 0) & (row < ds.height) & (col >= 0) & (col < ds.width)
        # One window per source tile (its width, a whole number of blocks): the points in it by numpy indexing.
        step = int(round(100000 / abs(ds.transform.a)))  # REMA's tiles are 100 km wide
        for r0 in range(0, ds.height, step):
            for c0 in range(0, ds.width, step):
                sel = inside & (row >= r0) & (row < r0 + step) & (col >= c0) & (col < c0 + step)
                if sel.any():
                    win = read(ds, Window(c0, r0, min(step, ds.width - c0), min(step, ds.height - r0)))
                    values[sel] = win[row[sel] - r0, col[sel] - c0]
    df["value"] = values
    df.to_csv(a.out, index=False, float_format="%.9g")
    print(json.dumps({"seconds": time.perf_counter() - t, "points": len(df)}))


def zonal(a):
    from rasterio.features import geometry_mask
    from rasterio.windows import from_bounds
    t = time.perf_counter()
    geom = json.load(open(a.zones))["features"][0]["geometry"]
    ring = np.array(geom["coordinates"][0])
    n, total, squares, lo, hi = 0, 0.0, 0.0, math.inf, -math.inf
    with rasterio.open(a.vrt) as ds:
        box = from_bounds(ring[:, 0].min(), ring[:, 1].min(), ring[:, 0].max(), ring[:, 1].max(), ds.transform)
        r0, c0 = max(0, int(box.row_off)), max(0, int(box.col_off))
        r1 = min(ds.height, int(math.ceil(box.row_off + box.height)))
        c1 = min(ds.width, int(math.ceil(box.col_off + box.width)))
        # Windows of 4096 x 4096 (whole blocks): memory stays bounded, as nunatak's is.
        for r in range(r0 - r0 % BLOCK, r1, 8 * BLOCK):
            for c in range(c0 - c0 % BLOCK, c1, 8 * BLOCK):
                win = Window(c, r, min(8 * BLOCK, ds.width - c), min(8 * BLOCK, ds.height - r))
                inside = geometry_mask([geom], (int(win.height), int(win.width)), ds.window_transform(win),
                                       invert=True)
                if not inside.any():
                    continue
                v = read(ds, win)[inside]
                v = v[~np.isnan(v)]
                if v.size:
                    n += v.size
                    total += v.sum()
                    squares += np.square(v).sum()
                    lo, hi = min(lo, v.min()), max(hi, v.max())
        area = n * abs(ds.transform.a * ds.transform.e) / 1e6
    mean = total / n
    z = {"id": "basin", "count": n, "area_km2": area, "mean": mean, "min": lo, "max": hi,
         "std": math.sqrt(max(0.0, squares / n - mean * mean))}
    json.dump({"zones": [z]}, open(a.out, "w"), indent=1)
    print(json.dumps({"seconds": time.perf_counter() - t, "count": n}))


def check(a):
    import pandas as pd
    d = a.dir
    out = {}

    def compare(x, y):
        both = ~np.isnan(x) & ~np.isnan(y)
        return {"n": int(len(x)), "max_abs_diff": float(np.max(np.abs(x[both] - y[both]))) if both.any() else None,
                "nan_mismatches": int(np.sum(np.isnan(x) != np.isnan(y))), "valid": int(both.sum())}

    if os.path.exists(d + "/nunatak-line.csv") and os.path.exists(d + "/peer-line.csv"):
        n, p = pd.read_csv(d + "/nunatak-line.csv"), pd.read_csv(d + "/peer-line.csv")
        out["line"] = compare(n["value"].to_numpy(float), p["value"].to_numpy(float))
        out["line"]["max_station_offset_m"] = float(np.max(np.hypot(n["x"] - p["x"], n["y"] - p["y"])))
    if os.path.exists(d + "/nunatak-points.csv") and os.path.exists(d + "/peer-points.csv"):
        n, p = pd.read_csv(d + "/nunatak-points.csv"), pd.read_csv(d + "/peer-points.csv")
        assert (n["id"].to_numpy() == p["id"].to_numpy()).all(), "points out of order"
        # Pixel values are float32: nunatak writes their shortest decimal form, the peer 9 digits.
        out["points"] = compare(n["value"].to_numpy(np.float32), p["value"].to_numpy(np.float32))
    if os.path.exists(d + "/nunatak-zonal.json") and os.path.exists(d + "/peer-zonal.json"):
        n = json.load(open(d + "/nunatak-zonal.json"))["zones"][0]
        p = json.load(open(d + "/peer-zonal.json"))["zones"][0]
        out["zonal"] = {k: {"nunatak": n[k], "peer": p[k], "diff": abs(n[k] - p[k])}
                        for k in ("count", "mean", "min", "max", "std")}
    if os.path.exists(d + "/nunatak-slope.tif") and os.path.exists(d + "/peer-slope.tif"):
        with rasterio.open(d + "/nunatak-slope.tif") as n, rasterio.open(d + "/peer-slope.tif") as p:
            # For a box, gdaldem ran on the box and a one-pixel frame (its neighbours): nunatak's grid lies inside.
            dc = int(round((n.transform.c - p.transform.c) / n.transform.a))
            dr = int(round((n.transform.f - p.transform.f) / n.transform.e))
            assert n.transform.a == p.transform.a and dr >= 0 and dc >= 0 and p.height >= n.height + dr \
                and p.width >= n.width + dc, "slope grids differ: %s vs %s" % (n.transform, p.transform)
            worst, mismatches, valid, equal = 0.0, 0, 0, 0
            # Bands of one block row, every --slope-stride'th (1: all of them).
            for r in range(0, n.height, BLOCK * a.slope_stride):
                h = min(BLOCK, n.height - r)
                x, y = read(n, Window(0, r, n.width, h)), read(p, Window(dc, r + dr, n.width, h))
                both = ~np.isnan(x) & ~np.isnan(y)
                mismatches += int(np.sum(np.isnan(x) != np.isnan(y)))
                valid += int(both.sum())
                if both.any():
                    diff = np.abs(x[both] - y[both])
                    worst = max(worst, float(diff.max()))
                    equal += int(np.sum(diff == 0))
            out["slope"] = {"max_abs_diff": worst, "nan_mismatches": mismatches, "valid": valid,
                            "bit_equal_fraction": equal / valid if valid else None, "block_row_stride": a.slope_stride}
    print(json.dumps(out))


def report(a):
    """The table of both sides' runs ($DIR/<side>-<task>.run, .log, .out) and $DIR/../analysis.json."""
    import re
    w, res, npoints, heap, box = a.dir, a.res, a.points, a.heap, a.slope_bbox
    check = json.load(open(w + "/check.json"))
    names = {"line": "100 km line, 12 501 stations (bilinear)", "points": "%s points (nearest)" % npoints,
             "slope": "slope of %s -> COG" % ("the mosaic" if not box else "box"),
             "zonal": "zonal stats, basin of 1/4 mosaic"}
    peers = {"line": "rasterio + scipy map_coordinates", "points": "pandas + rasterio + numpy indexing",
             "slope": "gdaldem slope -of COG", "zonal": "rasterio geometry_mask + numpy"}
    out = {"res": res, "points": int(npoints), "heap": heap, "slope_bbox": box or None, "check": check, "steps": {}}
    print()
    print("sample mosaic at %s m (rows 40:37 x cols 20:23, 38_21 missing) over HTTP from nginx; nunatak -Xmx%s"
          % (res, heap))
    print("%-38s %9s %9s %6s %13s  %-17s %-17s %s" % ("task", "nunatak s", "peer s", "ratio", "CPU s (ratio)",
                                                      "nunatak req / MiB", "peer req / MiB", "values"))
    for task in ("line", "points", "slope", "zonal"):
        if not os.path.exists("%s/nunatak-%s.run" % (w, task)):
            continue
        n = open("%s/nunatak-%s.run" % (w, task)).read().split()
        p = open("%s/peer-%s.run" % (w, task)).read().split()
        nlog = open("%s/nunatak-%s.log" % (w, task)).read()
        said = re.findall(r"(\d+) requests, ([\d.]+) MiB read", nlog)
        inner = open("%s/peer-%s.out" % (w, task)).read().strip()
        step = {"nunatak": {"wall_s": float(n[0]), "max_rss_kib": int(n[1]), "requests": int(n[2]), "bytes": int(n[3]),
                            "cpu_s": float(n[4]), "steps_s": {k: float(v) for k, v in
                                                              re.findall(r"(?m)^(\w+):\s+([\d.]+) s", nlog)},
                            "computation_requests": int(said[-1][0]) if said else None,
                            "computation_mib": float(said[-1][1]) if said else None},
                "peer": {"what": peers[task], "wall_s": float(p[0]), "max_rss_kib": int(p[1]), "requests": int(p[2]),
                         "bytes": int(p[3]), "cpu_s": float(p[4]),
                         "after_imports_s": json.loads(inner)["seconds"] if inner.startswith("{") else None}}
        step["ratio"] = step["nunatak"]["wall_s"] / step["peer"]["wall_s"]
        step["cpu_ratio"] = step["nunatak"]["cpu_s"] / step["peer"]["cpu_s"]
        c = check.get(task, {})
        step["values_agree"] = agrees(task, c)
        if task == "zonal":
            agree = "count %s, mean diff %.2g" % ("equal" if c["count"]["diff"] == 0 else "DIFFERS", c["mean"]["diff"])
        else:
            agree = "max abs diff %.3g, %d NaN mismatches" % (c.get("max_abs_diff") or 0, c.get("nan_mismatches", -1))
        if not step["values_agree"]:
            agree += " -- VALUES DIFFER"
        out["steps"][task] = step
        print("%-38s %9.2f %9.2f %5.2fx %13s  %-17s %-17s %s" % (
            names[task], step["nunatak"]["wall_s"], step["peer"]["wall_s"], step["ratio"],
            "%.1f/%.1f (%.2fx)" % (step["nunatak"]["cpu_s"], step["peer"]["cpu_s"], step["cpu_ratio"]),
            "%d / %.1f" % (step["nunatak"]["requests"], step["nunatak"]["bytes"] / 1048576),
            "%d / %.1f" % (step["peer"]["requests"], step["peer"]["bytes"] / 1048576), agree))
    json.dump(out, open(os.path.join(os.path.dirname(w), "analysis.json"), "w"), indent=1)
    print("results: " + os.path.join(os.path.dirname(w), "analysis.json"))
    if not all(step["values_agree"] for step in out["steps"].values()):
        raise SystemExit("analysis: nunatak's values and the peers' differ (see check in analysis.json)")


def agrees(task, c):
    """Within what the tests hold nunatak to: pixels exact, bilinear to 1e-9 m, gdaldem's slope to 1e-3 degrees,
    zonal counts and extremes exact and moments to 1e-9 relative."""
    if task == "zonal":
        return all(c[k]["diff"] == 0 for k in ("count", "min", "max")) and all(
            c[k]["diff"] <= 1e-9 * max(1.0, abs(c[k]["peer"])) for k in ("mean", "std"))
    limit = {"line": 1e-9, "points": 0.0, "slope": 1e-3}[task]
    return c.get("nan_mismatches") == 0 and (c.get("max_abs_diff") or 0.0) <= limit


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["inputs", "line", "points", "zonal", "check", "report"])
    ap.add_argument("--bounds", type=lambda s: [float(v) for v in s.split(",")])
    ap.add_argument("--points")
    ap.add_argument("--dir")
    ap.add_argument("--vrt")
    ap.add_argument("--line")
    ap.add_argument("--step", type=float, default=8)
    ap.add_argument("--zones")
    ap.add_argument("--out")
    ap.add_argument("--slope-stride", type=int, default=1)
    ap.add_argument("--slope-bbox", default="")
    ap.add_argument("--res")
    ap.add_argument("--heap")
    a = ap.parse_args()
    if a.what == "inputs":
        a.points = int(a.points)
    {"inputs": inputs, "line": line, "points": points, "zonal": zonal, "check": check, "report": report}[a.what](a)


if __name__ == "__main__":
    main()
