#!/usr/bin/env bash
# End-to-end benchmark, side by side in one run: nunatak vs the Pangeo notebook's stack (xarray + rioxarray +
# dask.distributed, LocalCluster of 2 workers x 1 thread) on a REMA-like sample mosaic served over HTTP by
# nginx on 127.0.0.1, plus GDAL decoding the same tiles with both cores (the decode floor).
#
#   bench/e2e.sh [--res 32] [--rows 40:37] [--cols 20:23] [--engine local|spark] [--heap 1g] [--skip-xarray]
#
# --engine spark also runs the coarsen on Spark local[*] and prints it beside the local engine's time.
#
# Needs: Java 17 + Maven, and from Debian: nginx-light gdal-bin python3-gdal python3-rioxarray python3-dask
# python3-distributed (bench/e2e.sh --install installs them with apt-get). Results: bench/target/e2e-res<R>.json
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
res=32 rows=40:37 cols=20:23 engine=local heap=1g xarray=1 install=0 seed=1
while (($#)); do
  case "$1" in
    --res) res=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --cols) cols=$2; shift 2 ;;
    --engine) engine=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --skip-xarray) xarray=0; shift ;;
    --install) install=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
py=/usr/bin/python3
source "$here/requires.sh"
requires e2e "$install" "nginx gdalinfo" "rioxarray, dask.distributed, osgeo" nginx-light gdal-bin python3-gdal \
  python3-rioxarray python3-dask python3-distributed

work="$root/bench/target/e2e"
data="$root/bench/target/data/res-$res"
mkdir -p "$work" "$data"
path="{i:02d}_{j:02d}/{i:02d}_{j:02d}_${res}m_dem_COG_LZW.tif"

echo "== sample mosaic: rows $rows, cols $cols, ${res} m (reused when present) =="
"$root/nunatak" sample --root "$data" --rows "$rows" --cols "$cols" --res "$res" --missing 38_21 --seed "$seed"

source "$here/nginx.sh"
serve_with_nginx "$work" "$data"
url="http://127.0.0.1:$port/$path"
# Every stack reads the tiles from the page cache alike.
cat "$data"/*/*.tif >/dev/null

export NUNATAK_JAVA_OPTS="-Xmx$heap ${NUNATAK_JAVA_OPTS:-}"
export NUNATAK_NO_PROGRESS=1
common=(--template "$url" --rows "$rows" --cols "$cols" --mask-gt 0 --factor 100 --y 750000)

# One session, as the notebook runs its cells: open, overview preview, coarsen + persist, profile.
run_notebook() { # label, extra args... -> "wall_seconds max_rss_kib"; per-step seconds in $work/<label>.json
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/$label.time" "$root/nunatak" notebook "${common[@]}" -o "$work/$label" \
    --timings "$work/$label.json" "$@" 2>"$work/$label.log" >/dev/null || { cat "$work/$label.log" >&2; exit 1; }
  cat "$work/$label.log" >&2
  cat "$work/$label.time"
}

echo "== nunatak notebook (local engine, -Xmx$heap) =="
read -r n_wall n_rss < <(run_notebook local)
if [[ $engine == spark ]]; then
  echo "== nunatak notebook (Spark local[*]) =="
  run_notebook spark --engine spark --conf spark.ui.enabled=false >/dev/null
else
  echo '{}' >"$work/spark.json"
fi

if ((xarray)); then
  echo "== xarray + rioxarray + dask (LocalCluster 2 x 1) =="
  $py "$here/xarray_notebook.py" --template "$url" --rows "$rows" --cols "$cols" --chunks 5000 \
    --factor 100 --y 750000 2>"$work/xarray.log" | tee "$work/xarray.json"
else
  echo '{}' >"$work/xarray.json"
fi

echo "== GDAL decode floor (2 processes, 1 thread each): local files, and over HTTP from the same nginx =="
$py "$here/gdal_floor.py" 2 "$data"/*/*.tif | tee "$work/floor.json"
(cd "$data" && ls */*.tif) | sed "s#^#/vsicurl/http://127.0.0.1:$port/#" | xargs $py "$here/gdal_floor.py" 2 \
  | tee "$work/floor-http.json"

$py - "$work" "$res" "$engine" "$heap" "$n_wall" "$n_rss" <<'PY'
import json, math, sys
w, res, engine, heap = sys.argv[1:5]
n_wall, n_rss = float(sys.argv[5]), float(sys.argv[6])
n = json.load(open(w + "/local.json"))
s = json.load(open(w + "/spark.json"))
x = json.load(open(w + "/xarray.json"))
floor = json.load(open(w + "/floor.json"))["seconds"]
floor_http = json.load(open(w + "/floor-http.json"))["seconds"]
coarse = json.load(open(w + "/local/map.json"))
vals = [v for row in coarse["values"] for v in row if v is not None]
mean = sum(vals) / len(vals)

def ratio(a, b):
    return "%.2fx" % (a / b) if a and b else "-"

def row(name, a, b, note=""):
    print("%-34s %9s %9s %11s  %s" % (name, "%.2f" % a if a is not None else "-", "%.2f" % b if b else "-",
                                        ratio(a, b), note))

print()
print("REMA-like mosaic at %s m; nunatak with -Xmx%s (max RSS %.0f MiB); xarray on a LocalCluster of 2 workers x 1 thread"
      % (res, heap, n_rss / 1024))
print("%-34s %9s %9s %11s" % ("step (one session each)", "nunatak s", "xarray s", "nunatak/xr"))
row("open", n["open"], x.get("open"))
row("overview preview", n.get("preview"), None, "target < 0.5 s")
row("coarsen 100 mean + persist", n["coarsen"], x.get("coarsen"), "target <= 0.6x")
row("profile y=750000", n["profile"], x.get("profile"), "target <= 0.1x")
row("session incl. JVM start-up", n_wall, sum(x.get(k, 0) for k in ("open", "coarsen", "profile")),
    "xarray without its cluster start-up")
row("GDAL decode floor, local files", floor, None,
    "coarsen / floor %s (target <= 1.2x)" % ratio(n["coarsen"], floor))
row("GDAL decode floor, over HTTP", floor_http, None, "coarsen / floor %s" % ratio(n["coarsen"], floor_http))
if s:
    row("coarsen on Spark local[*]", s["coarsen"], None,
        "Spark / local engine %s (target <= 1.25x)" % ratio(s["coarsen"], n["coarsen"]))
if x:
    same = len(vals) == x["coarse_valid"] and math.isclose(mean, x["coarse_mean"], rel_tol=1e-5)
    print("coarse map agrees with xarray: %s (valid cells %d vs %d, mean %.4f vs %.4f)"
          % ("yes" if same else "NO", len(vals), x["coarse_valid"], mean, x["coarse_mean"]))
json.dump({"res": res, "engine": engine, "heap": heap, "nunatak": n, "nunatak_session_wall": n_wall,
           "nunatak_max_rss_kib": n_rss, "spark": s, "xarray": x, "floor": floor, "floor_http": floor_http},
          open(w + "/../e2e-res%s.json" % res, "w"), indent=1)
PY
