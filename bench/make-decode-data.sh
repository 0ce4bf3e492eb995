#!/usr/bin/env bash
# Writes the decode benchmarks' data: a synthetic REMA-like float32 DEM as GDAL COGs (LZW without predictor,
# with predictor 2 and 3, DEFLATE, ZSTD + predictor 3; 512 blocks). Deterministic, no network, ~10 s.
# Usage: bench/make-decode-data.sh [OUT_DIR (default bench/target/decode-data)] [SIZE (default 4096)]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The python3 on PATH may be one without GDAL (pyenv); Debian's python3-gdal lives with /usr/bin/python3.
py="${GDAL_PYTHON:-/usr/bin/python3}"
if ! "$py" -c 'from osgeo import gdal' 2>/dev/null; then
  echo "make-decode-data: $py has no GDAL bindings; apt-get install python3-gdal (or set GDAL_PYTHON)" >&2
  exit 1
fi
exec "$py" "$here/make_decode_data.py" "${1:-$here/target/decode-data}" "${2:-4096}"
