#!/usr/bin/env bash
# The notebook over a flaky object store: `nunatak notebook` on a sample mosaic served on 127.0.0.1 once cleanly
# and once by a store that answers 10 % of requests with 503, 2 % with 429, resets 2 %, truncates 1 % and stalls
# 1 % (before the headers or mid-body) for 15 s. Prints both wall times and checks that both runs wrote the same
# map and profile.
#
#   bench/flaky.sh [--res 80] [--seed 1] [--stall 15] [--runs 3] [-- extra nunatak options, e.g. --stall-timeout 60]
#
# The store is the tests' fault-injecting server (core/src/test/java/nunatak/testing/RangeHttpServer.java); each
# run of the flaky store draws its faults from the same seeded sequence, so runs differ only in which request
# gets which draw. `-- --stall-timeout 60` shows what a stall cost before stalls were cut short.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
res=80 seed=1 stall=15 runs=3 rows=40:37 cols=20:23
extra=()
while (($#)); do
  case "$1" in
    --res) res=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --stall) stall=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

work="$root/bench/target/flaky"
data="$root/bench/target/data/res-$res"
mkdir -p "$work" "$data"
path="{i:02d}_{j:02d}/{i:02d}_{j:02d}_${res}m_dem_COG_LZW.tif"

echo "== sample mosaic: rows $rows, cols $cols, ${res} m (reused when present) =="
"$root/nunatak" sample --root "$data" --rows "$rows" --cols "$cols" --res "$res" --missing 38_21 --seed 1

echo "== the tests' fault-injecting server (core test classes) =="
(cd "$root" && mvn -q -B -o -Dstyle.color=never -pl core -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/core-test.classpath") >"$work/build.log" 2>&1 \
  || { tail -n 30 "$work/build.log" >&2; exit 1; }
cp="$root/core/target/test-classes:$root/core/target/classes:$(cat "$work/core-test.classpath")"
coproc server { exec java -cp "$cp" nunatak.testing.FlakyStoreServer "$data" "$stall" "$seed" 2>"$work/server.log"; }
server_pid=$server_PID
stop_server() { eval "exec ${server[1]}>&-"; wait "$server_pid" 2>/dev/null || true; }
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
read -r clean_url <&"${server[0]}"
read -r flaky_url <&"${server[0]}"

export NUNATAK_NO_PROGRESS=1
cat "$data"/*/*.tif >/dev/null # both runs read the tiles from the page cache

run() { # label, base url, run number -> wall seconds; outputs in $work/<label>, step times in <label>-<n>.log
  local label=$1 url=$2 log="$work/$1-$3.log"
  /usr/bin/time -f "%e" -o "$work/$label.time" "$root/nunatak" notebook --template "$url/$path" --rows "$rows" \
    --cols "$cols" --mask-gt 0 --factor 100 --y 750000 -o "$work/$label" "${extra[@]}" >/dev/null 2>"$log" \
    || { cat "$log" >&2; exit 1; }
  cat "$work/$label.time"
}

clean=() flaky=()
for ((i = 1; i <= runs; i++)); do
  clean+=("$(run clean "$clean_url" "$i")")
  flaky+=("$(run flaky "$flaky_url" "$i")")
  cmp -s "$work/clean/profile.csv" "$work/flaky/profile.csv" \
    || { echo "flaky: the profile differs from the clean run's" >&2; exit 1; }
  python3 - "$work" <<'PY' || exit 1
import json, sys
w = sys.argv[1]
a, b = (json.load(open(f"{w}/{k}/map.json")) for k in ("clean", "flaky"))
bad = [(x, y) for ra, rb in zip(a["values"], b["values"]) for x, y in zip(ra, rb)
       if (x is None) != (y is None) or (x is not None and abs(x - y) > 1e-9 * abs(x))]
if bad or len(a["values"]) != len(b["values"]):
    sys.exit(f"flaky: the coarse map differs from the clean run's, e.g. {bad[:3]}")
PY
  echo "run $i: clean ${clean[-1]} s, flaky ${flaky[-1]} s"
done
stop_server
cat "$work/server.log"
echo "notebook at ${res} m (${extra[*]:-default options}): clean ${clean[*]} s; flaky ${flaky[*]} s"
