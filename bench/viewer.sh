#!/usr/bin/env bash
# Viewer benchmark: tile latency and a 100 km profile, over HTTP as a user would have them.
#
#   bench/viewer.sh [--tiles 60] [--skip-profile] [--skip-v2]
#
# 1. `nunatak sample --res 32` (rows 40:37, cols 20:23, 38_21 missing), served by `nunatak serve`;
#    `nunatak view --template` over it. Tiles of zoom 10 (32 m, level 0), 9, 8 and 6 under the mosaic, each
#    requested once "cold" (never drawn, blocks not fetched yet), again "warm" (the viewer's tile cache),
#    "restyled" (other colour limits: the blocks' bytes are cached, the tile is decoded and drawn again) and
#    "shaded" (shaded by gdaldem's hillshade of the DEM, computed with its halo).
# 2. The same on `nunatak sample --product rema-v2 --res 32` (REMA v2's 32 m tiles of cells 40:37 x 20:23 with
#    their buffers, six layers), opened by `nunatak view --stac` from its STAC catalog over HTTP.
# 3. `nunatak sample --res 8` of one tile (40_20), served the same way; POST /api/profile of a 100 km diagonal
#    line at the default step (8 m, 12500 stations), first cold, then warm.
# Sequential requests (latency, not throughput); p50/p95 per kind. Results: bench/target/viewer.json
# Needs: Java 17 + Maven, python3 (standard library). Data under bench/target/data (reused).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
tiles=60 profile=1 v2=1
while (($#)); do
  case "$1" in
    --tiles) tiles=$2; shift 2 ;;
    --skip-profile) profile=0; shift ;;
    --skip-v2) v2=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
py=/usr/bin/python3
work="$root/bench/target/viewer"
data="$root/bench/target/data"
mkdir -p "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
free_port() { $py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Starts `nunatak serve DIR` and `nunatak view OPTION http://.../PATH ARGS...`; sets $url to the viewer's URL.
# (Not called in $(...): a subshell would lose the pids the trap must stop.)
serve_and_view() {
  local dir=$1 option=$2 path=$3 sp vp
  shift 3
  sp=$(free_port)
  "$root/nunatak" serve "$dir" --port "$sp" >"$work/serve-$sp.log" 2>&1 &
  pids+=($!)
  vp=$(free_port)
  "$root/nunatak" view "$option" "http://127.0.0.1:$sp/$path" "$@" --port "$vp" >"$work/view-$vp.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do
    grep -q 'nunatak view: http' "$work/view-$vp.log" 2>/dev/null && break
    sleep 0.2
  done
  url=$(grep -o 'nunatak view: http://[^ ]*' "$work/view-$vp.log" | head -1 | cut -d' ' -f3)
}

echo "== sample mosaic at 32 m (reused when present) =="
"$root/nunatak" sample --root "$data/res-32" --res 32 --missing 38_21 --seed 1 --quiet
serve_and_view "$data/res-32" --template "{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_dem_COG_LZW.tif" --rows 40:37 \
  --cols 20:23
echo "viewer: $url"
$py "$here/viewer_bench.py" tiles --url "$url" --tiles "$tiles" --out "$work/tiles.json"

if ((v2)); then
  echo "== REMA v2 sample at 32 m, opened from its STAC catalog (reused when present) =="
  "$root/nunatak" sample --product rema-v2 --root "$data/v2" --res 32 --seed 1 --quiet
  serve_and_view "$data/v2" --stac "rema/mosaics/v2.0/32m.json"
  echo "viewer: $url"
  $py "$here/viewer_bench.py" tiles --url "$url" --tiles "$tiles" --out "$work/tiles-v2-stac.json"
fi

if ((profile)); then
  echo "== one sample tile at 8 m (reused when present) =="
  "$root/nunatak" sample --root "$data/res-8" --res 8 --rows 40 --cols 20 --seed 1 --quiet
  serve_and_view "$data/res-8" --template "{i:02d}_{j:02d}/{i:02d}_{j:02d}_8m_dem_COG_LZW.tif" --rows 40 --cols 20
  echo "viewer: $url"
  $py "$here/viewer_bench.py" profile --url "$url" --out "$work/profile.json"
fi
$py - "$work" <<'PY'
import json, os, sys
w = sys.argv[1]
out = {}
for name in ("tiles", "tiles-v2-stac", "profile"):
    p = os.path.join(w, name + ".json")
    if os.path.exists(p):
        out[name] = json.load(open(p))
json.dump(out, open(os.path.join(os.path.dirname(w), "viewer.json"), "w"), indent=1)
print("results: " + os.path.join(os.path.dirname(w), "viewer.json"))
PY
