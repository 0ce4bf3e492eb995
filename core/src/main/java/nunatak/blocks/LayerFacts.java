package nunatak.blocks;

import java.io.Serializable;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.OverlapRule;
import nunatak.source.SourceOptions;
import nunatak.tiff.DataType;

/** What a task needs to know of a layer besides its tiles: which level and band, the type, how tiles overlap. */
record LayerFacts(String source, int level, int band, DataType dataType, OverlapRule overlap, SourceOptions options,
                  boolean useMask)
        implements Serializable {

    static LayerFacts of(MosaicLayout l) {
        return new LayerFacts(l.source(), l.level(), l.band(), l.dataType(), l.overlap(), l.options(), l.useMask());
    }
}
