// nunatak shell: JShell with nunatak on the class path and its API packages imported (./nunatak shell).
import java.nio.file.*;
import java.util.*;
import nunatak.*;
import nunatak.analysis.*;
import nunatak.array.*;
import nunatak.catalog.*;
import nunatak.engine.*;
import nunatak.geom.*;
import nunatak.mosaic.*;
import nunatak.plot.*;
import nunatak.sample.*;
import nunatak.spark.*;
import nunatak.tiff.*;
// Names two of those packages share: the ones the guide (docs/java-guide.md) means.
import nunatak.AccessDeniedException;
import nunatak.array.Slice;
import nunatak.array.Terrain;
System.out.println("""
    nunatak shell: the API is imported. Type the notebook's cells, e.g.
      var dem = DataArray.open(MosaicSpec.of(template).rows("40:37").cols("20:23"))
      dem                                        // the lazy array's summary
      var map = dem.where(Condition.gt(0)).coarsen(Map.of("y", 100, "x", 100)).mean().compute()
      Plots.show(map)                            // draws map.png and opens it where a desktop can
    /exit leaves.""");
