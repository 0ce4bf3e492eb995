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
if ((install)); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light gdal-bin python3-gdal \
    python3-rioxarray python3-dask python3-distributed >/dev/null
fi
for need in nginx gdalinfo; do
  command -v "$need" >/dev/null || { echo "e2e: $need is missing; run with --install (apt-get)" >&2; exit 1; }
done
$py -c "import rioxarray, dask.distributed, osgeo" 2>/dev/null \
  || { echo "e2e: Debian's python3-rioxarray/python3-dask/python3-distributed/python3-gdal are missing; run with --install" >&2; exit 1; }

work="$root/bench/target/e2e"
data="$root/bench/target/data/res-$res"
mkdir -p "$work" "$data"
path="{i:02d}_{j:02d}/{i:02d}_{j:02d}_${res}m_dem_COG_LZW.tif"

echo "== sample mosaic: rows $rows, cols $cols, ${res} m (reused when present) =="
"$root/nunatak" sample --root "$data" --rows "$rows" --cols "$cols" --res "$res" --missing 38_21 --seed "$seed"

port=$($py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
user=""; [[ $EUID -eq 0 ]] && user="user root;"
cat >"$work/nginx.conf" <<CONF
$user
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server { listen 127.0.0.1:$port; root $data; location / { } }
}
CONF
mkdir -p "$work/tmp"
nginx -p "$work" -c "$work/nginx.conf"
trap 'nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port/$path"
sleep 0.3
# Every stack reads the tiles from the page cache alike.
cat "$data"/*/*.tif >/dev/null

export NUNATAK_JAVA_OPTS="-Xmx$heap ${NUNATAK_JAVA_OPTS:-}"
export NUNATAK_NO_PROGRESS=1
common=(--template "$url" --rows "$rows" --cols "$cols" --mask-gt 0)

run_nunatak() { # label, args... -> prints wall seconds and max RSS (KiB); the CLI's own timing lines go to $work/<label>.log
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/$label.time" "$root/nunatak" "$@" 2>"$work/$label.log" >/dev/null \
    || { cat "$work/$label.log" >&2; exit 1; }
  cat "$work/$label.time"
}
step() { grep -E "^$2:" "$work/$1.log" | awk '{print $2}'; }

echo "== nunatak (local engine, -Xmx$heap) =="
read -r c_wall c_rss < <(run_nunatak coarsen coarsen "${common[@]}" --factor 100 -o "$work/coarse.json")
s_coarsen=0
if [[ $engine == spark ]]; then
  echo "== nunatak (Spark local[*]) =="
  run_nunatak coarsen-spark coarsen "${common[@]}" --factor 100 -o "$work/coarse-spark.json" --engine spark \
    --conf spark.ui.enabled=false >/dev/null
  cat "$work/coarsen-spark.log"
  s_coarsen=$(step coarsen-spark coarsen)
fi
read -r p_wall p_rss < <(run_nunatak profile profile "${common[@]}" --y 750000 -o "$work/profile.json")
level=$($py - "$data" <<'PY'
import glob, sys
from osgeo import gdal
ds = gdal.Open(sorted(glob.glob(sys.argv[1] + "/*/*.tif"))[0])
b = ds.GetRasterBand(1)
best = 0
for k in range(b.GetOverviewCount()):
    if b.GetOverview(k).XSize >= 300:
        best = k + 1
print(best)
PY
)
read -r o_wall o_rss < <(run_nunatak preview coarsen "${common[@]}" --overview "$level" --factor 1 -o "$work/preview.json")
cat "$work/coarsen.log" "$work/profile.log"
n_open=$(step coarsen open); n_coarsen=$(step coarsen coarsen); n_profile=$(step profile profile)
n_preview=$(awk -v a="$(step preview open)" -v b="$(step preview coarsen)" 'BEGIN{print a+b}')

if ((xarray)); then
  echo "== xarray + rioxarray + dask (LocalCluster 2 x 1) =="
  $py "$here/scripts/xarray_notebook.py" --template "$url" --rows "$rows" --cols "$cols" --chunks 5000 \
    --factor 100 --y 750000 2>"$work/xarray.log" | tee "$work/xarray.json"
else
  echo '{}' >"$work/xarray.json"
fi

echo "== GDAL decode floor (2 processes, 1 thread each): local files, and over HTTP from the same nginx =="
$py "$here/scripts/gdal_floor.py" 2 "$data"/*/*.tif | tee "$work/floor.json"
(cd "$data" && ls */*.tif) | sed "s#^#/vsicurl/http://127.0.0.1:$port/#" | xargs $py "$here/scripts/gdal_floor.py" 2 \
  | tee "$work/floor-http.json"

$py - "$work" "$res" "$engine" "$heap" "$c_wall" "$p_wall" "$o_wall" "$c_rss" "$n_open" "$n_coarsen" "$n_profile" \
  "$n_preview" "$level" "$s_coarsen" <<'PY'
import json, math, sys
w, res, engine, heap = sys.argv[1:5]
c_wall, p_wall, o_wall, c_rss, n_open, n_coarsen, n_profile, n_preview = map(float, sys.argv[5:13])
level = int(sys.argv[13])
s_coarsen = float(sys.argv[14])
x = json.load(open(w + "/xarray.json"))
floor = json.load(open(w + "/floor.json"))["seconds"]
floor_http = json.load(open(w + "/floor-http.json"))["seconds"]
coarse = json.load(open(w + "/coarse.json"))
vals = [v for row in coarse["values"] for v in row if v is not None]
mean = sum(vals) / len(vals)
def ratio(a, b):
    return "%.2fx" % (a / b) if b else "-"
rows = [
    ("open (in process)", n_open, x.get("open")),
    ("coarsen 100 mean (compute)", n_coarsen, x.get("coarsen")),
    ("coarsen, whole command incl. JVM", c_wall, x.get("open", 0) + x.get("coarsen", 0) if x else None),
    ("profile y=750000 (compute)", n_profile, x.get("profile")),
    ("profile, whole command incl. JVM", p_wall, None),
    ("overview preview (level %d)" % level, n_preview, None),
]
print()
print("REMA-like mosaic at %s m, engine %s, heap -Xmx%s (max RSS of coarsen: %.0f MiB)" % (res, engine, heap, c_rss / 1024))
print("%-36s %10s %10s %12s" % ("step", "nunatak s", "xarray s", "nunatak/xr"))
for name, n, xv in rows:
    print("%-36s %10.2f %10s %12s" % (name, n, "%.2f" % xv if xv else "-", ratio(n, xv) if xv else "-"))
print("%-36s %10.2f   (nunatak coarsen: command / floor %s, compute / floor %s)" % ("GDAL decode floor, local files",
      floor, ratio(c_wall, floor), ratio(n_coarsen, floor)))
print("%-36s %10.2f   (nunatak coarsen: command / floor %s, compute / floor %s)" % ("GDAL decode floor, over HTTP",
      floor_http, ratio(c_wall, floor_http), ratio(n_coarsen, floor_http)))
if s_coarsen:
    print("%-36s %10.2f   (Spark / local engine: %s, target <= 1.25x)" % ("coarsen on Spark local[*] (compute)",
          s_coarsen, ratio(s_coarsen, n_coarsen)))
if x:
    same = len(vals) == x["coarse_valid"] and math.isclose(mean, x["coarse_mean"], rel_tol=1e-5)
    print("coarse map agrees with xarray: %s (valid cells %d vs %d, mean %.4f vs %.4f)"
          % ("yes" if same else "NO", len(vals), x["coarse_valid"], mean, x["coarse_mean"]))
json.dump({"res": res, "engine": engine, "nunatak": {"open": n_open, "coarsen": n_coarsen, "coarsen_wall": c_wall,
           "profile": n_profile, "profile_wall": p_wall, "preview": n_preview, "max_rss_kib": c_rss,
           "coarsen_spark": s_coarsen or None},
           "xarray": x, "floor": floor, "floor_http": floor_http}, open(w + "/../e2e-res%s-%s.json" % (res, engine), "w"), indent=1)
PY
