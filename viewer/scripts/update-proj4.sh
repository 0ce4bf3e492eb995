#!/usr/bin/env bash
# Rebuilds the vendored proj4js (src/main/resources/nunatak/viewer/web/vendor/proj4.js) from the npm registry.
# proj4 has no WebJar on Maven Central at a recent version, so its prebuilt UMD file is committed; the Maven build
# never needs Node or npm. Run this (needs npm) only to change the version, then commit the result.
set -euo pipefail
version="${1:-2.22.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "proj4@$version" >/dev/null)
tar -xzf "$work/proj4-$version.tgz" -C "$work"
out="$here/src/main/resources/nunatak/viewer/web/vendor"
mkdir -p "$out"
{ echo "/* proj4js $version (MIT licence, https://github.com/proj4js/proj4js), dist/proj4.js of the npm package */"
  cat "$work/package/dist/proj4.js"; } >"$out/proj4.js"
cp "$work/package/LICENSE.md" "$out/proj4-LICENSE.md"
echo "wrote $out/proj4.js (proj4 $version)"
