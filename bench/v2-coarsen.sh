#!/usr/bin/env bash
# The notebook's coarsen over REMA v2's layout, side by side in one run: nunatak against xarray + rioxarray + dask
# (LocalCluster of 2 workers x 1 thread) opening GDAL's VRT of the same tiles. The data is nunatak's REMA v2 sample
# at 32 m (the real index's tiles of rows 40..37 x cols 20..23: buffers, partial coastal tiles, LZW + predictor 3,
# BigTIFF), served by nginx on 127.0.0.1; `gdalbuildvrt` writes one VRT of the tiles' URLs (/vsicurl/) that both
# stacks open. nunatak also opens the same tiles through the sample's static STAC catalog.
#
#   bench/v2-coarsen.sh [--rows 40:37] [--cols 20:23] [--heap 1g]
#
# Needs: Java 17 + Maven, and from Debian: nginx-light gdal-bin python3-gdal python3-rioxarray python3-dask
# python3-distributed. Results: bench/target/v2-coarsen.json
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
rows=40:37 cols=20:23 heap=1g seed=1
while (($#)); do
  case "$1" in
    --rows) rows=$2; shift 2 ;;
    --cols) cols=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
py=/usr/bin/python3
for need in nginx gdalbuildvrt; do
  command -v "$need" >/dev/null || { echo "v2-coarsen: $need is missing (apt-get install nginx-light gdal-bin)" >&2; exit 1; }
done
$py -c "import rioxarray, dask.distributed, osgeo" 2>/dev/null \
  || { echo "v2-coarsen: apt-get install python3-rioxarray python3-dask python3-distributed python3-gdal" >&2; exit 1; }

work="$root/bench/target/v2-coarsen"
data="$root/bench/target/data/rema-v2-32m"
mkdir -p "$work" "$data"
echo "== REMA v2 sample: 32 m, rows $rows, cols $cols, dem (reused when present) =="
"$root/nunatak" sample --product rema-v2 --res 32 --rows "$rows" --cols "$cols" --layers dem --seed "$seed" \
  --root "$data" --quiet

source "$here/nginx.sh"
serve_with_nginx "$work" "$data"
base="http://127.0.0.1:$port/rema/mosaics/v2.0"
(cd "$data/rema/mosaics/v2.0" && ls 32m/*/*_dem.tif) | sed "s#^#/vsicurl/$base/#" >"$work/tiles.txt"
GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR gdalbuildvrt -q -input_file_list "$work/tiles.txt" "$work/gdal.vrt"
cat "$data"/rema/mosaics/v2.0/32m/*/*.tif >/dev/null # every stack reads the tiles from the page cache alike

export NUNATAK_JAVA_OPTS="-Xmx$heap ${NUNATAK_JAVA_OPTS:-}"
export NUNATAK_NO_PROGRESS=1
common=(--mask-gt 0 --factor 100 --y 750000 --preview-level -1)
run_notebook() { # label, source args... -> per-step seconds in $work/<label>.json, map in $work/<label>/map.json
  local label=$1; shift
  "$root/nunatak" notebook "$@" "${common[@]}" -o "$work/$label" --timings "$work/$label.json" 2>"$work/$label.log" \
    >/dev/null || { cat "$work/$label.log" >&2; exit 1; }
  cat "$work/$label.log" >&2
}
echo "== nunatak notebook on GDAL's VRT (-Xmx$heap) =="
run_notebook nunatak-vrt --vrt "$work/gdal.vrt"
echo "== nunatak notebook through the static STAC catalog =="
run_notebook nunatak-stac --stac "$base/32m.json"
echo "== xarray + rioxarray + dask on GDAL's VRT (LocalCluster 2 x 1) =="
$py "$here/xarray_notebook.py" --vrt "$work/gdal.vrt" --chunks 5000 --factor 100 --y 750000 \
  2>"$work/xarray.log" | tee "$work/xarray.json"

$py - "$work" "$(wc -l <"$work/tiles.txt")" <<'PY'
import json, math, sys
w, tiles = sys.argv[1], int(sys.argv[2])
x = json.load(open(w + "/xarray.json"))
runs = {k: json.load(open("%s/%s.json" % (w, k))) for k in ("nunatak-vrt", "nunatak-stac")}

def coarse(label):
    m = json.load(open("%s/%s/map.json" % (w, label)))
    vals = [v for row in m["values"] for v in row if v is not None]
    return len(vals), sum(vals) / len(vals), [len(m["values"]), len(m["values"][0])]

print()
print("REMA v2 sample at 32 m, %d tiles, %s px; xarray on a LocalCluster of 2 workers x 1 thread" % (tiles, x["shape"]))
print("%-28s %12s %13s %10s %12s" % ("step", "nunatak VRT", "nunatak STAC", "xarray VRT", "nunatak/xr"))
for step in ("open", "coarsen", "profile"):
    n = runs["nunatak-vrt"][step]
    print("%-28s %10.2f s %11.2f s %8.2f s %11.2fx" % (step, n, runs["nunatak-stac"][step], x[step], n / x[step]))
out = {"tiles": tiles, "xarray": x}
for label in runs:
    valid, mean, shape = coarse(label)
    same = shape == x["coarse_shape"] and valid == x["coarse_valid"] and math.isclose(mean, x["coarse_mean"], rel_tol=1e-5)
    print("%s coarse map agrees with xarray: %s (shape %s, valid cells %d vs %d, mean %.4f vs %.4f)"
          % (label, "yes" if same else "NO", shape, valid, x["coarse_valid"], mean, x["coarse_mean"]))
    out[label] = dict(runs[label], agrees=same)
json.dump(out, open(w + "/../v2-coarsen.json", "w"), indent=1)
PY
