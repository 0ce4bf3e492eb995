#!/usr/bin/env bash
# Times coarsen(100).mean() on the local engine and on Spark local[*] over the same synthetic REMA mosaic
# (32 m by default, written once with GDAL into $TMPDIR/nunatak-bench) and prints both side by side.
#   bench/engine-comparison.sh [--metres 32] [--runs 3] [--master 'local[*]'] [--dir DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command -v gdal_translate >/dev/null || { echo "needs gdal_translate (apt-get install gdal-bin)" >&2; exit 1; }
mvn -q -B -Dstyle.color=never -pl spark -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath >/dev/null
opens=$(sed -n "s:.*<spark.javaModuleOptions>\(.*\)</spark.javaModuleOptions>.*:\1:p" pom.xml)
exec java -Xmx4g $opens -Dlog4j2.configurationFile="$root/spark/src/test/resources/log4j2-test.properties" \
    -cp "spark/target/test-classes:spark/target/classes:$(cat spark/target/test.classpath)" \
    nunatak.spark.bench.EngineComparison "$@"
