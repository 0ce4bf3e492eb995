#!/usr/bin/env bash
# Single-thread block decoding, nunatak against GDAL on the same files in the same run, interleaved per file
# and repeated, so that the ratio survives a busy machine. Prints: codec, nunatak MB/s (whole block path and
# codec alone), GDAL MB/s, ratio (median over rounds of nunatak block / GDAL in that round).
# Usage: bench/decode-vs-gdal.sh [DATA_DIR]   env: ROUNDS (3), FILES ("lzw lzw_rough lzw_pred2 lzw_pred3 deflate zstd_pred3"),
#        SECONDS_PER_ITERATION (1), PASSES (GDAL timed passes per file, 5), GDAL_PYTHON (/usr/bin/python3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
data="${1:-$here/target/decode-data}"
rounds="${ROUNDS:-3}"
files="${FILES:-lzw lzw_rough lzw_pred2 lzw_pred3 deflate zstd_pred3}"
py="${GDAL_PYTHON:-/usr/bin/python3}"
jar="$here/target/benchmarks.jar"

for f in $files; do
  if [[ ! -f "$data/$f.tif" ]]; then
    "$here/make-decode-data.sh" "$data" >&2
    break
  fi
done
newer="$(find "$root/core/src/main" "$here/src" "$root/pom.xml" "$here/pom.xml" -newer "$jar" -print -quit 2>/dev/null || true)"
if [[ ! -f "$jar" || -n "$newer" ]]; then
  echo "decode-vs-gdal: building $jar ..." >&2
  (cd "$root" && mvn -q -B -Dstyle.color=never -pl bench -am package -DskipTests) >&2
fi

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for ((round = 1; round <= rounds; round++)); do
  for f in $files; do
    echo "decode-vs-gdal: round $round/$rounds, $f" >&2
    GDAL_NUM_THREADS=1 "$py" "$here/gdal_decode.py" --passes "${PASSES:-5}" "$data/$f.tif" \
      | awk -v r="$round" '{ sub(/\.tif$/, "", $1); print r, $1, "gdal", $2 }' >>"$results"
    java -cp "$jar" nunatak.bench.DecodeRunner "$data" "$f" "${SECONDS_PER_ITERATION:-1}" \
      | awk -v r="$round" '{ print r, $1, $2, $3 }' >>"$results"
  done
done

"$py" - "$results" $files <<'PY'
import statistics
import sys

rows = [line.split() for line in open(sys.argv[1])]
mbs = {}
for rnd, f, what, mb in rows:
    mbs.setdefault((f, what), {})[rnd] = float(mb)
print(f"{'file':12s} {'nunatak block':>14s} {'(codec only)':>13s} {'GDAL':>8s} {'ratio':>6s}   MB/s decoded, 1 thread")
for f in sys.argv[2:]:
    block, codec, gdal = (mbs.get((f, w), {}) for w in ("block", "codec", "gdal"))
    ratios = [block[r] / gdal[r] for r in block if r in gdal]
    med = lambda d: statistics.median(d.values()) if d else float("nan")
    ratio = statistics.median(ratios) if ratios else float("nan")
    spread = f"  ({min(ratios):.2f}-{max(ratios):.2f})" if len(ratios) > 1 else ""
    print(f"{f:12s} {med(block):14.0f} {med(codec):13.0f} {med(gdal):8.0f} {ratio:6.2f}{spread}")
PY
