package nunatak.array;

/** Rewrites of node trees. */
final class Nodes {
    private Nodes() {
    }

    /** The same expression with the mosaic's task size set to {@code size} pixels. */
    static Node withChunking(Node n, int size) {
        if (n instanceof Node.Mosaic m) {
            return new Node.Mosaic(m.layout(), size, size);
        }
        if (n instanceof Node.Pointwise p) {
            return new Node.Pointwise(withChunking(p.child(), size), p.op());
        }
        if (n instanceof Node.Index ix) {
            return new Node.Index(withChunking(ix.child(), size), ix.rowMap(), ix.colMap());
        }
        if (n instanceof Node.Coarsen c) {
            return new Node.Coarsen(withChunking(c.child(), size), c.factorRows(), c.factorCols(), c.boundary(),
                    c.reducer());
        }
        return n;
    }
}
