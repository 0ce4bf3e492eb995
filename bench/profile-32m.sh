#!/usr/bin/env bash
# Where the 32 m notebook session's time goes: one `nunatak notebook` session over HTTP (nginx on 127.0.0.1, the
# sample e2e.sh writes) under Java Flight Recorder, summarised by bench/jfr_summary.py, with the session's wall
# time against the sum of its steps (the rest is JVM start-up, class loading and writing the outputs).
#
#   bench/profile-32m.sh [--heap 1g] [-- extra JVM options, e.g. -Dnunatak.decodedCacheFraction=0]
#
# The recording stays in bench/target/e2e/session.jfr (not committed); `jfr print --events jdk.ExecutionSample`
# or JDK Mission Control read it further. Needs what e2e.sh needs (run e2e.sh once first for the sample).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
heap=1g
while (($#)); do
  case "$1" in
    --heap) heap=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
data="$root/bench/target/data/res-32"
work="$root/bench/target/e2e"
[[ -d $data ]] || { echo "profile-32m: no sample under $data; run bench/e2e.sh --res 32 first" >&2; exit 1; }
mkdir -p "$work"
source "$here/nginx.sh"
serve_with_nginx "$work" "$data"
cat "$data"/*/*.tif >/dev/null
url="http://127.0.0.1:$port/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_dem_COG_LZW.tif"
jfr="$work/session.jfr"
rm -f "$jfr"
export NUNATAK_NO_PROGRESS=1
export NUNATAK_JAVA_OPTS="-Xmx$heap -XX:StartFlightRecording=filename=$jfr,settings=profile -Xlog:jfr*=off $*"
/usr/bin/time -f "%e %M" -o "$work/session.time" "$root/nunatak" notebook --template "$url" --rows 40:37 --cols 20:23 \
  --mask-gt 0 --factor 100 --y 750000 -o "$work/session" --timings "$work/session.json" 2>&1 >/dev/null \
  | grep -v '^warning' || true
read -r wall rss <"$work/session.time"
steps=$(/usr/bin/python3 -c "import json,sys; print('%.2f' % sum(json.load(open(sys.argv[1])).values()))" "$work/session.json")
echo "session: ${wall} s wall, steps ${steps} s, outside the steps $(echo "$wall - $steps" | bc) s; max RSS $((rss / 1024)) MiB"
jfr_tool=jfr # the JDK that ran the session, as the launcher picks it
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jfr" ]] && jfr_tool="$JAVA_HOME/bin/jfr"
[[ -n "${NUNATAK_JAVA_HOME:-}" && -x "$NUNATAK_JAVA_HOME/bin/jfr" ]] && jfr_tool="$NUNATAK_JAVA_HOME/bin/jfr"
/usr/bin/python3 "$here/jfr_summary.py" "$jfr" "$jfr_tool"
