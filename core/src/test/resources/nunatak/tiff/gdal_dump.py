# What GDAL reads from a GeoTIFF, for the Java tests to compare with: prints one JSON line describing the file
# (band count, type, nodata, mask flags, level sizes) and writes every level's bands (float64, little-endian,
# row-major) and masks (uint8, GetMaskBand) into a binary file, level after level: bands 1..N, then the mask.
# Usage: gdal_dump.py FILE OUT.bin
import json
import sys

import numpy as np
from osgeo import gdal

gdal.UseExceptions()
ds = gdal.Open(sys.argv[1])
bands = [ds.GetRasterBand(i + 1) for i in range(ds.RasterCount)]
first = bands[0]
levels = [(first.XSize, first.YSize)] + [(o.XSize, o.YSize) for o in
                                         (first.GetOverview(k) for k in range(first.GetOverviewCount()))]
nodata = first.GetNoDataValue()
info = {
    "bands": ds.RasterCount,
    "type": gdal.GetDataTypeName(first.DataType),
    "nodata": None if nodata is None else repr(nodata),
    "mask_flags": first.GetMaskFlags(),
    "levels": [list(wh) for wh in levels],
    "interleave": ds.GetMetadataItem("INTERLEAVE", "IMAGE_STRUCTURE"),
    "compression": ds.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE"),
}
with open(sys.argv[2], "wb") as out:
    for k in range(len(levels)):
        for b in bands:
            band = b if k == 0 else b.GetOverview(k - 1)
            out.write(band.ReadAsArray().astype("<f8").tobytes())
        mask = first.GetMaskBand() if k == 0 else first.GetOverview(k - 1).GetMaskBand()
        out.write(mask.ReadAsArray().astype(np.uint8).tobytes())
print(json.dumps(info))
