# Mosaics and what GDAL + xarray + rioxarray read from them through VRTs, for the tests to compare with.
#
#   reference_mosaics.py overlap OUT_DIR
#   reference_mosaics.py rema-v2-sample VERSION_DIR OUT_DIR
#
# rema-v2-sample: nunatak's REMA v2 sample (its 32 m tiles under VERSION_DIR/32m/), gdalbuildvrt over its dem and
# count tiles, and in OUT_DIR/refs.json + *.f64 dem.where(dem > 0) coarsened by 50 (mean), the same where
# count >= 2, the full-resolution profile at y = 900000 (nearest) and the pixels of a box.
#
# overlap: a small mosaic whose tiles overlap and DISAGREE where they overlap, with the catalogs nunatak reads,
# written by GDAL (COG driver) and plain JSON.
#
# Tiles: REMA's 100 km cells rows 40..39 x cols 20..22 at 1 km pixels, each cell plus a 6-pixel buffer on every
# side (112 x 112 px); 39_20 is partial (the east half of its cell, 62 x 112 px); 40_22 is missing (listed by
# the catalogs, its files deleted after gdalbuildvrt read them). Layers: dem (float32, nodata -9999, LZW +
# floating-point predictor, 32-px blocks) and count (uint8, nodata 0). Each tile's dem is the same surface plus
# its own offset, so the overlap rule decides every overlapping pixel; nodata patches lie in overlaps (earlier
# tiles show through), in both tiles of an overlap (stays nodata) and inside a tile (stays nodata).
#
# Writes: tiles/{id}/{id}_1km_{dem,count}.tif; stac/collection.json with items stac/items/{id}.json (projection
# extension, raster:bands) in row-major order; stale/ the same tree with item 39_21 placed one pixel east of its
# file; dem.vrt and count.vrt (gdalbuildvrt over all six tiles, row-major); ref/: per tile order ("rowmajor":
# 40_20, 40_21, 40_22, 39_20, 39_21, 39_22 as templates, STAC trees and the VRT list them; "byid": sorted by
# id, as the STAC API and globs list them) and overlap rule (last wins: gdalbuildvrt's list in that order; first
# wins: the list reversed) the arrays in ref/refs.json (coordinates, shapes) and ref/*.f64 (float64 values).
import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pyproj
from osgeo import gdal, osr

gdal.UseExceptions()
os.environ["GDAL_PAM_ENABLED"] = "NO"  # no .aux.xml beside the tiles

OUT = sys.argv[-1]
RES = 1000.0
BUFFER = 6
ROWS = [40, 39]
COLS = [20, 21, 22]
MISSING = "40_22"
PARTIAL = "39_20"
DEM_NODATA = -9999.0
PROFILE_Y = 899_700.0      # nearest centre 899500: the row where 40_x's buffers lie over 39_x's cells
PROFILE_X = -1_000_400.0   # nearest centre -1000500: in the overlap of 40_20/39_20 and 40_21/39_21
BOX_3031 = [-1_061_300.0, 801_200.0, -913_700.0, 968_800.0]
BOX_4326 = [-50.0, -78.4, -44.5, -77.6]
COARSEN = 7
VALID_MIN_COUNT = 2
SAMPLE_BOX = [-1_003_010.0, 893_020.0, -996_990.0, 906_980.0]  # across 39_20, 39_21 and 40_21's overlaps


def cell(i, j):
    """(minx, miny, maxx, maxy) of REMA's 100 km cell i_j."""
    return (-3_000_000 + (j - 1) * 100_000, -3_000_000 + (i - 1) * 100_000,
            -3_000_000 + j * 100_000, -3_000_000 + i * 100_000)


def tiles():
    out = []
    k = 0
    for i in ROWS:
        for j in COLS:
            tid = "%02d_%02d" % (i, j)
            minx, miny, maxx, maxy = cell(i, j)
            if tid == PARTIAL:
                minx = (minx + maxx) / 2
            b = BUFFER * RES
            out.append({"id": tid, "k": k, "box": (minx - b, miny - b, maxx + b, maxy + b)})
            k += 1
    return out


def surface(x, y):
    return 800 + 300 * np.sin(x / 37_000.0) * np.cos(y / 23_000.0) + (y - 800_000) / 500.0


def write_tile(t):
    minx, miny, maxx, maxy = t["box"]
    w = int(round((maxx - minx) / RES))
    h = int(round((maxy - miny) / RES))
    xs = minx + (np.arange(w) + 0.5) * RES
    ys = maxy - (np.arange(h) + 0.5) * RES
    x, y = np.meshgrid(xs, ys)
    k = t["k"]
    dem = (surface(x, y) + 0.25 * (k + 1)).astype(np.float32)
    # nodata patches: the west buffer of 40_21 (over 40_20), the north buffer of 39_21 (under 40_21), the same
    # corner of 40_20's and 40_21's overlap in both, and one inside 39_22 where nothing overlaps
    if t["id"] == "40_21":
        dem[20:40, 0:4] = DEM_NODATA
        dem[60:70, 0:12] = DEM_NODATA
    if t["id"] == "40_20":
        dem[60:70, w - 12:w] = DEM_NODATA
    if t["id"] == "39_21":
        dem[0:5, 30:50] = DEM_NODATA
    if t["id"] == "39_22":
        dem[40:50, 40:55] = DEM_NODATA
    count = ((np.floor(x / 3000) + np.floor(y / 5000) + k) % 5).astype(np.uint8)
    tid = t["id"]
    os.makedirs(os.path.join(OUT, "tiles", tid), exist_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3031)
    for layer, data, gtype, nodata, predictor in (("dem", dem, gdal.GDT_Float32, DEM_NODATA, "YES"),
                                                  ("count", count, gdal.GDT_Byte, 0, "YES")):
        mem = gdal.GetDriverByName("MEM").Create("", w, h, 1, gtype)
        mem.SetGeoTransform((minx, RES, 0, maxy, 0, -RES))
        mem.SetProjection(srs.ExportToWkt())
        mem.GetRasterBand(1).SetNoDataValue(nodata)
        mem.GetRasterBand(1).WriteArray(data)
        gdal.PushErrorHandler("CPLQuietErrorHandler")  # BLOCKSIZE 32 is below COG's advice; small tiles want it
        gdal.GetDriverByName("COG").CreateCopy(path(tid, layer), mem, options=[
            "BLOCKSIZE=32", "COMPRESS=LZW", "PREDICTOR=" + predictor, "OVERVIEWS=NONE"])
        gdal.PopErrorHandler()
    t["shape"] = [h, w]


def path(tid, layer):
    return os.path.join(OUT, "tiles", tid, "%s_1km_%s.tif" % (tid, layer))


def rel(tid, layer):
    return "tiles/%s/%s_1km_%s.tif" % (tid, tid, layer)


def lonlat_bbox(box):
    t = pyproj.Transformer.from_crs(3031, 4326, always_xy=True)
    return list(t.transform_bounds(*box, densify_pts=101))


def write_stac(dirname, shift):
    d = os.path.join(OUT, dirname)
    os.makedirs(os.path.join(d, "items"), exist_ok=True)
    links = [{"rel": "self", "href": "./collection.json"}]
    for t in tiles():
        tid = t["id"]
        minx, miny, maxx, maxy = t["box"]
        h, w = shape_of(t)
        dx = RES if tid in shift else 0
        assets = {}
        for layer, dtype, nodata in (("dem", "float32", DEM_NODATA), ("count", "uint8", 0)):
            assets[layer] = {"href": "../../" + rel(tid, layer), "roles": ["data"],
                             "type": "image/tiff; application=geotiff; profile=cloud-optimized",
                             "raster:bands": [{"data_type": dtype, "nodata": nodata}]}
        item = {"type": "Feature", "stac_version": "1.0.0", "id": tid, "collection": "overlap-test",
                "bbox": lonlat_bbox(t["box"]),
                "geometry": {"type": "Polygon", "coordinates": [[[minx, miny], [maxx, miny], [maxx, maxy],
                                                                  [minx, maxy], [minx, miny]]]},
                "properties": {"proj:code": "EPSG:3031", "proj:shape": [h, w],
                               "proj:transform": [RES, 0, minx + dx, 0, -RES, maxy, 0, 0, 1]},
                "links": [{"rel": "collection", "href": "../collection.json"}],
                "assets": assets}
        with open(os.path.join(d, "items", tid + ".json"), "w") as f:
            json.dump(item, f, indent=1)
        links.append({"rel": "item", "href": "./items/%s.json" % tid, "type": "application/geo+json"})
    collection = {"type": "Collection", "stac_version": "1.0.0", "id": "overlap-test",
                  "description": "tiles that overlap and disagree", "license": "CC-BY-4.0",
                  "extent": {"spatial": {"bbox": [[-180, -90, 180, -60]]}, "temporal": {"interval": [[None, None]]}},
                  "links": links}
    with open(os.path.join(d, "collection.json"), "w") as f:
        json.dump(collection, f, indent=1)


def shape_of(t):
    minx, miny, maxx, maxy = t["box"]
    return int(round((maxy - miny) / RES)), int(round((maxx - minx) / RES))


def buildvrt(vrt, ids, layer, absolute=False):
    files = [path(i, layer) if absolute else rel(i, layer) for i in ids]
    subprocess.run(["gdalbuildvrt", "-q", vrt] + files, cwd=OUT, check=True)


def saver(ref_dir, refs):
    """save(name, da): da's values as float64 in ref_dir/name.f64, its shape and coordinates in refs[name]."""
    def save(name, da):
        file = name + ".f64"
        da.values.astype("<f8").tofile(os.path.join(ref_dir, file))
        entry = {"shape": list(da.shape), "file": file}
        for dim in da.dims:
            entry[dim] = [float(v) for v in da[dim].values]
        for coord_name, coord in da.coords.items():
            if coord_name not in da.dims and coord.ndim == 0 and coord_name in ("x", "y"):
                entry[coord_name + "_selected"] = float(coord.values)
        refs[name] = entry
    return save


def select_box(da, b):
    """The pixels whose centres lie in box b (xmin, ymin, xmax, ymax), as xarray's label slices select them."""
    # the box's edges must lie clear of pixel centres, so a metre of projection error cannot move one
    for dim, lo, hi in (("x", b[0], b[2]), ("y", b[1], b[3])):
        gap = np.min(np.abs(np.concatenate([da[dim].values - lo, da[dim].values - hi])))
        assert gap > 1.0, "box %s: an edge lies %s m from a pixel centre" % (b, gap)
    return da.sel(x=slice(b[0], b[2]), y=slice(b[3], b[1]))


def rema_v2_sample(version_dir):
    """References for nunatak's REMA v2 sample at 32 m: coarsen, masks by another layer, a profile, a box."""
    import glob
    import rioxarray  # noqa: F401

    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    opened = {}
    for layer in ("dem", "count"):
        files = sorted(glob.glob(os.path.join(version_dir, "32m", "*", "*_32m_v2.0_%s.tif" % layer)))
        vrt = os.path.join(OUT, layer + ".vrt")
        subprocess.run(["gdalbuildvrt", "-q", vrt] + files, check=True)
        opened[layer] = rioxarray.open_rasterio(vrt, masked=True).squeeze("band", drop=True)
    dem, count = opened["dem"], opened["count"]
    refs = {}
    save = saver(OUT, refs)
    land = dem.where(dem > 0)
    save("coarsen", land.coarsen(y=50, x=50, boundary="trim").mean())
    save("valid_coarsen", land.where(count >= 2).coarsen(y=50, x=50, boundary="trim").mean())
    save("profile_y", land.sel(y=900_000, method="nearest"))
    box = SAMPLE_BOX
    save("box", select_box(dem, box))
    refs["params"] = {"coarsen": 50, "profile_y": 900_000, "box": box, "valid_min_count": 2,
                      "bounds": [float(v) for v in dem.rio.bounds()]}
    with open(os.path.join(OUT, "refs.json"), "w") as f:
        json.dump(refs, f)


def overlap():
    import rioxarray  # noqa: F401 (the .rio accessor)
    import xarray as xr

    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    ts = tiles()
    for t in ts:
        write_tile(t)
    rowmajor = [t["id"] for t in ts]
    for layer in ("dem", "count"):
        buildvrt("%s.vrt" % layer, rowmajor, layer)
    write_stac("stac", set())
    write_stac("stale", {"39_21"})
    for layer in ("dem", "count"):
        os.remove(path(MISSING, layer))
    os.rmdir(os.path.join(OUT, "tiles", MISSING))

    present = [i for i in rowmajor if i != MISSING]
    orders = {"rowmajor": present, "byid": sorted(present)}
    ref_dir = os.path.join(OUT, "ref")
    os.makedirs(ref_dir)
    refs = {}
    save = saver(ref_dir, refs)

    t = pyproj.Transformer.from_crs(4326, 3031, always_xy=True)
    box_ll = list(t.transform_bounds(*BOX_4326, densify_pts=1001))
    refs["box_4326_in_3031"] = box_ll
    for order, ids in orders.items():
        for rule, listed in (("last", ids), ("first", list(reversed(ids)))):
            opened = {}
            for layer in ("dem", "count"):
                vrt = "ref/%s-%s-%s.vrt" % (order, rule, layer)
                buildvrt(vrt, listed, layer, absolute=True)
                opened[layer] = rioxarray.open_rasterio(os.path.join(OUT, vrt), masked=True).squeeze("band", drop=True)
            dem, count = opened["dem"], opened["count"]
            p = "%s-%s-" % (order, rule)
            save(p + "dem", dem)
            save(p + "count", count)
            save(p + "valid", dem.where(count >= VALID_MIN_COUNT))
            save(p + "coarsen", dem.coarsen(y=COARSEN, x=COARSEN, boundary="trim").mean())
            save(p + "profile_y", dem.sel(y=PROFILE_Y, method="nearest"))
            save(p + "profile_x", dem.sel(x=PROFILE_X, method="nearest"))
            for name, b in (("box3031", BOX_3031), ("box4326", box_ll)):
                save(p + name, select_box(dem, b))
            save(p + "valid_box4326", select_box(dem.where(count >= VALID_MIN_COUNT), box_ll))
    refs["params"] = {"profile_y": PROFILE_Y, "profile_x": PROFILE_X, "box3031": BOX_3031, "box4326": BOX_4326,
                      "coarsen": COARSEN, "valid_min_count": VALID_MIN_COUNT, "rowmajor": rowmajor,
                      "byid": sorted(rowmajor), "missing": MISSING, "partial": PARTIAL,
                      "xarray": xr.__version__, "gdal": gdal.__version__}
    with open(os.path.join(ref_dir, "refs.json"), "w") as f:
        json.dump(refs, f)


if __name__ == "__main__":
    if sys.argv[1] == "overlap":
        overlap()
    else:
        rema_v2_sample(sys.argv[2])
