#!/usr/bin/env bash
# Analysis benchmark, side by side in one run: nunatak's CLI (profile --line, points, terrain --product slope, zonal)
# against the same work with rasterio + numpy + scipy and gdaldem, on a sample mosaic served over HTTP by nginx on
# 127.0.0.1 (both read the tiles from it; the peers through a GDAL VRT of /vsicurl/ tiles).
#
#   bench/analysis.sh [--res 8] [--points 1000000] [--only line,points,slope,zonal] [--slope-bbox XMIN,YMIN,XMAX,YMAX]
#                     [--slope-stride 1] [--heap 2g]
#
# - line:   a 100 km diagonal line, bilinear every 8 m (12 501 stations);   peer: scipy.ndimage.map_coordinates
# - points: --points uniform random points (CSV x,y), nearest pixel;        peer: pandas + numpy indexing per tile
# - slope:  slope of the whole mosaic (or --slope-bbox, EPSG:3031 m), written as a COG (LZW, 512 blocks);
#           peer: gdaldem slope -of COG on the VRT (of the box and a one-pixel frame, its pixels' neighbours)
# - zonal:  count/mean/min/max/std in a basin of a quarter of the mosaic;   peer: rasterio geometry_mask + numpy
# Wall and CPU time of each command (nunatak's include its JVM start-up, the peer's its Python imports), requests and
# bytes from nginx's access log (and nunatak's own count), and the values checked against each other (max abs diff; the
# slope every --slope-stride'th block row). Results: bench/target/analysis.json
#
# Needs: Java 17 + Maven, and from Debian: nginx-light gdal-bin python3-rasterio python3-scipy python3-pandas
# (--install installs them with apt-get). The sample mosaic is written under bench/target/data once and reused.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
res=8 npoints=1000000 only=line,points,slope,zonal stride=1 heap=2g install=0 box=""
while (($#)); do
  case "$1" in
    --res) res=$2; shift 2 ;;
    --points) npoints=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --slope-bbox) box=$2; shift 2 ;;
    --slope-stride) stride=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --install) install=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
py=/usr/bin/python3
source "$here/requires.sh"
requires analysis "$install" "nginx gdaldem gdalbuildvrt" "rasterio, scipy.ndimage, pandas" nginx-light gdal-bin \
  python3-gdal python3-rasterio python3-scipy python3-pandas

work="$root/bench/target/analysis"
data="$root/bench/target/data/res-$res"
rm -rf "$work" && mkdir -p "$work" "$data"
path="{i:02d}_{j:02d}/{i:02d}_{j:02d}_${res}m_dem_COG_LZW.tif"

echo "== sample mosaic: rows 40:37, cols 20:23, ${res} m, 38_21 missing (reused when present) =="
"$root/nunatak" sample --root "$data" --res "$res" --missing 38_21 --seed 1 --quiet

source "$here/nginx.sh"
log="$work/access.log"
serve_with_nginx "$work" "$data" "$log"
url="http://127.0.0.1:$port/$path"
cat "$data"/*/*.tif >/dev/null # every stack reads the tiles from the page cache alike

# The peers' mosaic: a VRT of the tiles through /vsicurl/ (its headers are read here, before any clock starts).
export GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR CPL_VSIL_CURL_ALLOWED_EXTENSIONS=.tif
(cd "$data" && ls */*.tif) | sed "s#^#/vsicurl/http://127.0.0.1:$port/#" >"$work/tiles.txt"
gdalbuildvrt -q -input_file_list "$work/tiles.txt" "$work/mosaic.vrt"
slope_vrt="$work/mosaic.vrt" slope_box=()
if [[ -n $box ]]; then
  # The pixels whose centres lie in the box (as nunatak's --bbox keeps them) and a one-pixel frame around them.
  frame=$($py - "$work/mosaic.vrt" "$box" <<'PY'
import math, sys, rasterio
t = rasterio.open(sys.argv[1]).transform
x0, y0, x1, y1 = (float(v) for v in sys.argv[2].split(","))
c0, c1 = math.ceil((x0 - t.c) / t.a - 0.5) - 1, math.floor((x1 - t.c) / t.a - 0.5) + 2
r0, r1 = math.ceil((t.f - y1) / -t.e - 0.5) - 1, math.floor((t.f - y0) / -t.e - 0.5) + 2
print(t.c + c0 * t.a, t.f + r1 * t.e, t.c + c1 * t.a, t.f + r0 * t.e)
PY
)
  # shellcheck disable=SC2086 # four numbers
  gdalbuildvrt -q -te $frame -input_file_list "$work/tiles.txt" "$work/slope-box.vrt"
  slope_vrt="$work/slope-box.vrt" slope_box=(--bbox "$box")
fi
bounds=$($py -c "import rasterio; b = rasterio.open('$work/mosaic.vrt').bounds; print('%r,%r,%r,%r' % tuple(b))")
$py "$here/analysis_peers.py" inputs --bounds="$bounds" --points "$npoints" --dir "$work"
line=$($py -c "import json; c = json.load(open('$work/line.json'))['coordinates']
print(';'.join('%r,%r' % tuple(p) for p in c))")

export NUNATAK_JAVA_OPTS="-Xmx$heap ${NUNATAK_JAVA_OPTS:-}"
export NUNATAK_NO_PROGRESS=1
src=(--template "$url")

# Runs one command, timed, and records what nginx served meanwhile: $work/<label>.run = "wall rss requests bytes".
run() { # label, command...
  local label=$1 before
  shift
  before=$(wc -l <"$log")
  /usr/bin/time -f "%e %M %U %S" -o "$work/$label.time" "$@" >"$work/$label.out" 2>"$work/$label.log" \
    || { cat "$work/$label.log" >&2; exit 1; }
  sleep 0.2 # nginx writes its log line when the response is done
  read -r wall rss user sys <"$work/$label.time"
  tail -n +"$((before + 1))" "$log" | awk -v w="$wall" -v r="$rss" -v c="$user $sys" \
    '{n++; b += $10} END {split(c, t, " "); printf "%s %s %d %.0f %.2f\n", w, r, n, b, t[1] + t[2]}' >"$work/$label.run"
  printf '%-16s %s s, %s s CPU (requests, bytes: %s)\n' "$label" "$wall" "$(cut -d' ' -f5 "$work/$label.run")" \
    "$(cut -d' ' -f3,4 "$work/$label.run")"
}

has() { [[ ",$only," == *",$1,"* ]]; }
if has line; then
  echo "== 100 km line, bilinear every 8 m =="
  run nunatak-line "$root/nunatak" profile "${src[@]}" --line "$line" --step 8 --method bilinear \
    -o "$work/nunatak-line.csv"
  run peer-line $py "$here/analysis_peers.py" line --vrt "$work/mosaic.vrt" --line "$work/line.json" --step 8 \
    --out "$work/peer-line.csv"
fi
if has points; then
  echo "== $npoints points, nearest pixel =="
  run nunatak-points "$root/nunatak" points "${src[@]}" --points "$work/points.csv" --x-col x --y-col y \
    --method nearest -o "$work/nunatak-points.csv"
  run peer-points $py "$here/analysis_peers.py" points --vrt "$work/mosaic.vrt" --points "$work/points.csv" \
    --out "$work/peer-points.csv"
fi
if has slope; then
  echo "== slope of ${box:-the whole mosaic}, written as a COG =="
  run nunatak-slope "$root/nunatak" terrain "${src[@]}" --product slope ${slope_box[@]+"${slope_box[@]}"} \
    -o "$work/nunatak-slope.tif"
  run peer-slope gdaldem slope -q "$slope_vrt" "$work/peer-slope.tif" -of COG -co COMPRESS=LZW \
    -co BLOCKSIZE=512 -co OVERVIEW_RESAMPLING=NEAREST -co BIGTIFF=IF_NEEDED
fi
if has zonal; then
  echo "== zonal statistics of a basin covering a quarter of the mosaic =="
  run nunatak-zonal "$root/nunatak" zonal "${src[@]}" --zones "$work/basin.geojson" --id-field NAME \
    -o "$work/nunatak-zonal.json"
  run peer-zonal $py "$here/analysis_peers.py" zonal --vrt "$work/mosaic.vrt" --zones "$work/basin.geojson" \
    --out "$work/peer-zonal.json"
fi

echo "== checking the values against each other =="
$py "$here/analysis_peers.py" check --dir "$work" --slope-stride "$stride" >"$work/check.json"
rm -f "$work/nunatak-slope.tif" "$work/peer-slope.tif" # large; the rest stays for a look

$py "$here/analysis_peers.py" report --dir "$work" --res "$res" --points "$npoints" --heap "$heap" \
  ${box:+--slope-bbox="$box"}
