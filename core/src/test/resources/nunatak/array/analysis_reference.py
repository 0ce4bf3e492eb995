# The analysis tests' references, computed by the field's tools on a GDAL VRT of the same tiles nunatak reads:
# profiles and points with scipy's RegularGridInterpolator (bilinear) and rasterio's rowcol (nearest, floor),
# lines given in lon/lat projected with pyproj, slope/aspect/hillshade by gdaldem, zonal statistics with
# rasterio's geometry_mask and numpy. Nothing here imports nunatak's code or its formulas.
#
#   python3 analysis_reference.py MOSAIC.vrt SPEC.json OUT_DIR
#
# SPEC.json: {"lines": [{"name", "crs", "vertices": [[x, y], ...], "step"}], "points": {"x": [..], "y": [..]},
#             "zones": {"NAME": {"crs", "geojson"}}, "hypsometry_bin": W, "terrain": {"NAME": [gdaldem args]},
#             "coarsen": N, "compose": {"terrain", "zones", "line"}}
# OUT_DIR/reference.json holds everything but the terrain grids, which go to OUT_DIR/terrain_NAME.f64 (row-major
# little-endian float64, NaN for nodata) with their coarsened means in reference.json; "compose" names a terrain
# product whose zonal statistics (bins of 1) and bilinear profile along a line are computed from gdaldem's grid.
import json
import math
import subprocess
import sys
import warnings

import numpy as np
import rasterio.features
import rasterio.transform
from osgeo import gdal
from pyproj import Transformer
from scipy.interpolate import RegularGridInterpolator

gdal.UseExceptions()
vrt, spec_path, out_dir = sys.argv[1:4]
spec = json.load(open(spec_path))

ds = gdal.Open(vrt)
band = ds.GetRasterBand(1)
raw = band.ReadAsArray().astype('f8')
nodata = band.GetNoDataValue()
gt = ds.GetGeoTransform()
dem = np.where(raw == nodata, np.nan, raw)          # rioxarray's masked=True
masked = np.where(dem > 0, dem, np.nan)             # the notebook's da.where(da > 0)
h, w = raw.shape
transform = rasterio.transform.Affine.from_gdal(*gt)
xs = gt[0] + (np.arange(w) + 0.5) * gt[1]
ys = gt[3] + (np.arange(h) + 0.5) * gt[5]
bilinear = RegularGridInterpolator((ys[::-1], xs), masked[::-1, :], method='linear', bounds_error=False,
                                   fill_value=np.nan)
to_polar = Transformer.from_crs('EPSG:4326', 'EPSG:3031', always_xy=True)
to_lonlat = Transformer.from_crs('EPSG:3031', 'EPSG:4326', always_xy=True)


def nearest(px, py):
    rows, cols = rasterio.transform.rowcol(transform, list(px), list(py), op=math.floor)
    rows, cols = np.asarray(rows), np.asarray(cols)
    inside = (rows >= 0) & (rows < h) & (cols >= 0) & (cols < w)
    out = np.full(len(px), np.nan)
    out[inside] = masked[rows[inside], cols[inside]]
    return out


def sample(px, py):
    return {'bilinear': bilinear(np.column_stack([py, px])), 'nearest': nearest(px, py)}


def stations(vx, vy, step):
    cum = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(vx), np.diff(vy)))])
    length = cum[-1]
    count = int(math.floor(length / step)) + 1
    while count > 1 and (count - 1) * step > length:
        count -= 1
    d = np.arange(count) * step
    seg = np.clip(np.searchsorted(cum, d, side='right') - 1, 0, len(vx) - 2)
    t = (d - cum[seg]) / (cum[seg + 1] - cum[seg])
    return d, vx[seg] + t * (vx[seg + 1] - vx[seg]), vy[seg] + t * (vy[seg + 1] - vy[seg])


def listed(a):
    return [None if v != v else float(v) for v in a]


def zone_stats(geometry, bin_m, values):
    inside = rasterio.features.geometry_mask([geometry], (h, w), transform, all_touched=False, invert=True)
    v = values[inside]
    v = v[~np.isnan(v)]
    out = {'pixels': int(inside.sum()), 'count': int(v.size)}
    if v.size:
        k = np.floor(v / bin_m).astype(np.int64)
        counts = np.bincount(k - k.min())
        out.update(mean=float(np.mean(v)), min=float(v.min()), max=float(v.max()), std=float(np.std(v)),
                   sum=float(np.sum(v)), hyps_lower=[float((k.min() + i) * bin_m) for i in range(counts.size)],
                   hyps_count=[int(c) for c in counts])
    return out


def polar(coords):
    if isinstance(coords[0], (int, float)):
        return list(to_polar.transform(coords[0], coords[1]))
    return [polar(c) for c in coords]


ref = {'shape': [h, w], 'geotransform': list(gt), 'lines': {}, 'zones': {}, 'terrain_coarsened': {}}
for line in spec['lines']:
    v = np.asarray(line['vertices'], dtype='f8')
    vx, vy = v[:, 0], v[:, 1]
    if line['crs'] == 'EPSG:4326':
        vx, vy = (np.asarray(a) for a in to_polar.transform(vx, vy))
    d, x, y = stations(vx, vy, line['step'])
    r = {'distance': listed(d), 'x': listed(x), 'y': listed(y)}
    if line['crs'] == 'EPSG:4326':
        lon, lat = to_lonlat.transform(x, y)
        r.update(lon=listed(lon), lat=listed(lat))
    for method, values in sample(x, y).items():
        r[method] = listed(values)
    ref['lines'][line['name']] = r

pts = spec['points']
ref['points'] = {m: listed(v) for m, v in sample(np.asarray(pts['x']), np.asarray(pts['y'])).items()}

def zones_of(name, values, bin_m):
    zones = spec['zones'][name]
    out = []
    for f in zones['geojson']['features']:
        g = f['geometry']
        if zones['crs'] == 'EPSG:4326':
            g = {'type': g['type'], 'coordinates': polar(g['coordinates'])}
        out.append(zone_stats(g, bin_m, values))
    return out


for name in spec['zones']:
    ref['zones'][name] = zones_of(name, masked, spec['hypsometry_bin'])

n = spec['coarsen']
for name, args in spec['terrain'].items():
    tif = f'{out_dir}/terrain_{name}.tif'
    subprocess.run(['gdaldem', args[0], '-q', vrt, tif] + args[1:], check=True)
    out_ds = gdal.Open(tif)   # kept in a variable: a band outliving its dataset crashes GDAL's bindings
    t = out_ds.GetRasterBand(1)
    a = t.ReadAsArray().astype('f8')
    a[a == t.GetNoDataValue()] = np.nan
    a.astype('<f8').tofile(f'{out_dir}/terrain_{name}.f64')
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', RuntimeWarning)   # all-NaN cells are NaN, as xarray's mean
        cells = np.nanmean(a[:h // n * n, :w // n * n].reshape(h // n, n, w // n, n), axis=(1, 3))
    ref['terrain_coarsened'][name] = [listed(row) for row in cells]
    compose = spec['compose']
    if name == compose['terrain']:
        ref['terrain_zones'] = zones_of(compose['zones'], a, 1.0)
        line = next(l for l in spec['lines'] if l['name'] == compose['line'])
        v = np.asarray(line['vertices'], dtype='f8')
        _, x, y = stations(v[:, 0], v[:, 1], line['step'])
        along = RegularGridInterpolator((ys[::-1], xs), a[::-1, :], bounds_error=False, fill_value=np.nan)
        ref['terrain_line'] = listed(along(np.column_stack([y, x])))

json.dump(ref, open(f'{out_dir}/reference.json', 'w'))
