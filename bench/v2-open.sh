#!/usr/bin/env bash
# Opening REMA v2 as one lazy array with `nunatak open`: wall time of the command (JVM start-up included), the time
# it reports for opening, and the requests nginx saw, for the whole continent's static STAC catalog and GDAL VRT at
# 32 m (1523 tiles) and 2 m (5800 tiles), plus the STAC catalog pruned to the notebook's 400 km square. The
# catalogs are the catalog-only trees `nunatak sample --product rema-v2 --all --catalog-only` writes in PGC's
# layout (no pixels: a tile request would show as a 404 in nginx's log, and none may happen).
#
#   bench/v2-open.sh [--repeat 3]
#
# Needs: Java 17 + Maven, nginx (Debian: nginx-light). Results: bench/target/v2-open.txt
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
repeat=3
while (($#)); do
  case "$1" in
    --repeat) repeat=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v nginx >/dev/null || { echo "v2-open: nginx is missing (apt-get install nginx-light)" >&2; exit 1; }
work="$root/bench/target/v2-open"
data="$root/bench/target/catalog-open/trees" # shared with catalog-open.sh
mkdir -p "$work" "$data"
if [[ ! -f "$data/rema/mosaics/v2.0/2m.json" ]]; then
  echo "== catalog-only trees of the whole continent (32 m and 2 m) ==" >&2
  "$root/nunatak" sample --product rema-v2 --res 32 --all --catalog-only --layers dem --root "$data" --quiet >&2
  "$root/nunatak" sample --product rema-v2 --res 2 --all --catalog-only --layers dem --root "$data" --quiet >&2
fi
"$root/nunatak" --version >/dev/null 2>&1 || true # builds the CLI outside the timings
source "$here/nginx.sh"
serve_with_nginx "$work" "$data" "$work/access.log"
find "$data" -name '*.json' -o -name '*.vrt' | xargs cat >/dev/null # into the page cache
base="http://127.0.0.1:$port/rema/mosaics/v2.0"

measure() { # label, nunatak open args... -> "label run wall_s open_s tiles requests tif_requests shape"
  local label=$1; shift
  for run in $(seq 1 "$repeat"); do
    : >"$work/access.log"
    local t0 t1
    t0=$(date +%s.%N)
    "$root/nunatak" open "$@" --json >"$work/out.json" 2>"$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
    t1=$(date +%s.%N)
    sleep 0.2 # nginx writes its log after the answer
    local open_s requests tifs tiles shape
    open_s=$(sed -n 's/^open: *\([0-9.]*\) s.*/\1/p' "$work/err.txt")
    requests=$(wc -l <"$work/access.log")
    tifs=$(grep -c '\.tif ' "$work/access.log" || true)
    tiles=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tiles"])' "$work/out.json")
    shape=$(/usr/bin/python3 -c 'import json,sys; print("x".join(map(str, json.load(open(sys.argv[1]))["shape"])))' "$work/out.json")
    printf '%-16s %d %6.2f %6.2f %5d %6d %d %s\n' "$label" "$run" "$(awk "BEGIN { print $t1 - $t0 }")" "$open_s" "$tiles" \
      "$requests" "$tifs" "$shape"
  done
}

{
  echo "# label run wall_s open_s tiles requests tif_requests shape   (requests from nginx's access log)"
  measure stac-32m --stac "$base/32m.json"
  measure vrt-32m --vrt "$base/32m_dem.vrt"
  measure stac-2m --stac "$base/2m.json"
  measure vrt-2m --vrt "$base/2m_dem.vrt"
  measure stac-32m-box --stac "$base/32m.json" --bbox -1100000,600000,-700000,1000000
  measure stac-2m-box --stac "$base/2m.json" --bbox -1100000,600000,-700000,1000000
} | tee "$work/../v2-open.txt"
