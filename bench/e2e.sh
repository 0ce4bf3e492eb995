#!/usr/bin/env bash
# End-to-end benchmark, side by side in one run: nunatak vs the Pangeo notebook's stack (xarray + rioxarray +
# dask.distributed, LocalCluster of 2 workers x 1 thread) on a REMA-like sample mosaic served over HTTP by
# nginx on 127.0.0.1, plus GDAL decoding the same tiles with both cores (the decode floor), and nunatak's own decoder
# doing the same (bench/src/main/java/nunatak/bench/DecodeFloor.java), which tells the codec's share of the coarsen.
#
#   bench/e2e.sh [--res 32] [--rows 40:37] [--cols 20:23] [--engine local|spark] [--heap 1g] [--skip-xarray]
#                [--repeat 3] [--variant LABEL=JAVA_OPTS]...
#
# --engine spark also runs the coarsen on Spark local[*] and prints it beside the local engine's time.
# --repeat N runs nunatak, xarray and the floors N times, interleaved, and reports medians (the machine is shared).
# --variant runs another nunatak session per round with extra JVM options, e.g. --variant nocache=-Dnunatak.decodedCacheFraction=0,
# or on another JVM: --variant jdk25=jdk:/usr/lib/jvm/temurin-25-jdk-amd64 (with options after a space)
#
# Needs: Java 17 + Maven, and from Debian: nginx-light gdal-bin python3-gdal python3-rioxarray python3-dask
# python3-distributed (bench/e2e.sh --install installs them with apt-get). Results: bench/target/e2e-res<R>.json
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
res=32 rows=40:37 cols=20:23 engine=local heap=1g xarray=1 install=0 seed=1 repeat=1
variants=()
while (($#)); do
  case "$1" in
    --res) res=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --cols) cols=$2; shift 2 ;;
    --engine) engine=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --skip-xarray) xarray=0; shift ;;
    --repeat) repeat=$2; shift 2 ;;
    --variant) variants+=("$2"); shift 2 ;;
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

jar="$root/bench/target/benchmarks.jar" # nunatak's decode floor (DecodeFloor)
if [[ ! -f "$jar" || -n "$(find "$root/core/src/main" "$root/bench/src/main" -newer "$jar" -print -quit)" ]]; then
  echo "== building bench/target/benchmarks.jar ==" >&2
  (cd "$root" && mvn -q -B -Dstyle.color=never -pl bench -am -DskipTests package)
fi

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
run_notebook() { # label, extra args... -> "wall_s max_rss_kib user_s system_s"; per-step seconds in $work/<label>.json
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/$label.time" "$root/nunatak" notebook "${common[@]}" -o "$work/$label" \
    --timings "$work/$label.json" "$@" 2>"$work/$label.log" >/dev/null || { cat "$work/$label.log" >&2; exit 1; }
  cat "$work/$label.log" >&2
  cat "$work/$label.time"
}

export NUNATAK_JAVA_OPTS_BASE="$NUNATAK_JAVA_OPTS"
rm -f "$work"/run-*.json "$work"/run-*.time
for ((round = 1; round <= repeat; round++)); do
  # Variants run after the default session in odd rounds and before it in even ones: the first JVM of a round
  # measured up to 1.3x slower than the next (an A/A comparison), so a fixed order would bias the ratio.
  ((round % 2)) && { echo "== round $round of $repeat: nunatak notebook (local engine, -Xmx$heap) =="; run_notebook "run-local-$round" >/dev/null; }
  for v in ${variants[@]+"${variants[@]}"}; do
    echo "== round $round: nunatak notebook, variant ${v%%=*} (${v#*=}) =="
    opts=${v#*=} jdk=${NUNATAK_JAVA_HOME:-}
    if [[ $opts == jdk:* ]]; then # another JVM: jdk:JAVA_HOME [options]
      jdk=${opts#jdk:} jdk=${jdk%% *} opts=${opts#jdk:"$jdk"}
    fi
    NUNATAK_JAVA_HOME="$jdk" NUNATAK_JAVA_OPTS="$NUNATAK_JAVA_OPTS_BASE $opts" run_notebook "run-${v%%=*}-$round" >/dev/null
  done
  ((round % 2)) || { echo "== round $round of $repeat: nunatak notebook (local engine, -Xmx$heap) =="; run_notebook "run-local-$round" >/dev/null; }
  if [[ $engine == spark ]]; then
    echo "== round $round: nunatak notebook (Spark local[*]) =="
    run_notebook "run-spark-$round" --engine spark --conf spark.ui.enabled=false >/dev/null
  fi
  if ((xarray)); then
    echo "== round $round: xarray + rioxarray + dask (LocalCluster 2 x 1); the process timed whole =="
    /usr/bin/time -f "%e %M %U %S" -o "$work/run-xarray-$round.time" $py "$here/xarray_notebook.py" --template "$url" \
      --rows "$rows" --cols "$cols" --chunks 5000 --factor 100 --y 750000 2>"$work/xarray.log" \
      | tee "$work/run-xarray-$round.json"
  fi
  echo "== round $round: GDAL decode floor (2 processes, 1 thread each): local files, and over HTTP from the same nginx =="
  /usr/bin/time -f "%e %M %U %S" -o "$work/run-floor-$round.time" $py "$here/gdal_floor.py" 2 "$data"/*/*.tif \
    | tee "$work/run-floor-$round.json"
  (cd "$data" && ls */*.tif) | sed "s#^#/vsicurl/http://127.0.0.1:$port/#" \
    | xargs /usr/bin/time -f "%e %M %U %S" -o "$work/run-floorhttp-$round.time" $py "$here/gdal_floor.py" 2 \
    | tee "$work/run-floorhttp-$round.json"
  echo "== round $round: nunatak's decode floor (2 threads, local files; a fresh JVM's first pass, the best of 5) =="
  java -XX:+UseParallelGC -Xmx$heap -cp "$jar" nunatak.bench.DecodeFloor 2 5 "$data"/*/*.tif 2>/dev/null \
    | tee "$work/run-jfloor-$round.json"
done

$py "$here/e2e_report.py" "$work" "$res" "$engine" "$heap" "$repeat" ${variants[@]+"${variants[@]%%=*}"}
