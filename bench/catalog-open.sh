#!/usr/bin/env bash
# Opening REMA v2 catalogs of the whole continent: the time and the number of requests to read a static STAC
# collection (1523 tiles at 32 m, 5800 at 2 m) and a GDAL VRT of the same tiles over HTTP from nginx on 127.0.0.1,
# plus a STAC read pruned to a 400 km square. The catalogs are catalog-only trees written by
# `nunatak sample --product rema-v2 --all --catalog-only` in PGC's layout (no pixels: no tile is ever requested).
#
#   bench/catalog-open.sh [--repeat 3]
#
# Needs: Java 17 + Maven, nginx (Debian: nginx-light). Results: bench/target/catalog-open.txt
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
command -v nginx >/dev/null || { echo "catalog-open: nginx is missing (apt-get install nginx-light)" >&2; exit 1; }
jar="$root/bench/target/benchmarks.jar"
if [[ ! -f "$jar" || -n "$(find "$root/core/src/main" "$root/bench/src/main" -newer "$jar" -print -quit)" ]]; then
  echo "== building bench/target/benchmarks.jar ==" >&2
  (cd "$root" && mvn -q -B -Dstyle.color=never -pl bench -am -DskipTests package)
fi
work="$root/bench/target/catalog-open"
data="$work/trees"
mkdir -p "$data"
if [[ ! -f "$data/rema/mosaics/v2.0/2m.json" ]]; then
  echo "== catalog-only trees of the whole continent (32 m and 2 m) ==" >&2
  "$root/nunatak" sample --product rema-v2 --res 32 --all --catalog-only --layers dem --root "$data" --quiet >&2
  "$root/nunatak" sample --product rema-v2 --res 2 --all --catalog-only --layers dem --root "$data" --quiet >&2
fi
source "$here/nginx.sh"
serve_with_nginx "$work" "$data" "$work/access.log"
find "$data" -name '*.json' -o -name '*.vrt' | xargs cat >/dev/null # into the page cache
base="http://127.0.0.1:$port/rema/mosaics/v2.0"

measure() { # label, CatalogOpen args... -> lines "label run tiles requests seconds tif_requests"
  local label=$1; shift
  : >"$work/access.log"
  java -Xmx1g -XX:+UseParallelGC -cp "$jar" nunatak.bench.CatalogOpen "$@" "$repeat" ${REGION:-} \
    | while read -r kind run tiles requests seconds; do echo "$label $run $tiles $requests $seconds"; done
  local tifs; tifs=$(grep -c '\.tif ' "$work/access.log" || true)
  echo "$label server-requests $(wc -l <"$work/access.log") tif-requests $tifs"
}

{
  echo "# label run tiles requests seconds   (requests counted by nunatak; server lines from nginx's access log)"
  measure stac-32m stac "$base/32m.json"
  measure stac-2m stac "$base/2m.json"
  measure vrt-32m vrt "$base/32m_dem.vrt"
  measure vrt-2m vrt "$base/2m_dem.vrt"
  REGION=-1100000,600000,-700000,1000000 measure stac-32m-region stac "$base/32m.json"
  REGION=-1100000,600000,-700000,1000000 measure stac-2m-region stac "$base/2m.json"
} | tee "$work/../catalog-open.txt"
