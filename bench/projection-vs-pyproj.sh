#!/usr/bin/env bash
# Accuracy of EPSG:4326 <-> EPSG:3031 against PROJ (pyproj): nunatak's proj4j-based Epsg3031 and Apache SIS.
# Needs Debian's python3-pyproj and the benchmarks jar (mvn -q -B -pl bench -am -DskipTests package).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=bench/target/projection
mkdir -p "$out"
/usr/bin/python3 - "$out/fwd.f64" "$out/inv.f64" <<'PY'
import sys, numpy as np
from pyproj import Transformer
P = "+proj=stere +lat_0=-90 +lat_ts=-71 +lon_0=0 +k=1 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
fwd = Transformer.from_crs("EPSG:4326", P, always_xy=True)
inv = Transformer.from_crs(P, "EPSG:4326", always_xy=True)
lon, lat = np.meshgrid(np.linspace(-180, 180, 1441), np.linspace(-60, -90, 601))
x, y = fwd.transform(lon.ravel(), lat.ravel())
np.stack([lon.ravel(), lat.ravel(), x, y], 1).astype('<f8').tofile(sys.argv[1])
g = np.arange(-3.4e6, 3.4e6 + 1, 5000.0)
gx, gy = np.meshgrid(g, g)
lo, la = inv.transform(gx.ravel(), gy.ravel())
np.stack([gx.ravel(), gy.ravel(), lo, la], 1).astype('<f8').tofile(sys.argv[2])
PY
java -cp bench/target/benchmarks.jar nunatak.bench.ProjectionAccuracy "$out/fwd.f64" "$out/inv.f64"
