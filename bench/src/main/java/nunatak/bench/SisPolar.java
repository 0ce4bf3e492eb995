package nunatak.bench;

import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.MathTransform;

/**
 * EPSG:4326 lon/lat ↔ EPSG:3031 with Apache SIS, the library nunatak compared with proj4j: SIS's EPSG factory
 * needs the EPSG database (Derby), so EPSG:3031 is built from its WKT, in x/y (east, north) axis order.
 *
 * <pre>{@code
 * MathTransform fwd = SisPolar.forward();
 * fwd.transform(lonLat, 0, xy, 0, n);
 * }</pre>
 */
final class SisPolar {
    private static final String WKT = "PROJCRS[\"WGS 84 / Antarctic Polar Stereographic\",BASEGEOGCRS[\"WGS 84\","
            + "DATUM[\"World Geodetic System 1984\",ELLIPSOID[\"WGS 84\",6378137,298.257223563]],"
            + "UNIT[\"degree\",0.0174532925199433]],CONVERSION[\"Antarctic Polar Stereographic\","
            + "METHOD[\"Polar Stereographic (variant B)\",ID[\"EPSG\",9829]],"
            + "PARAMETER[\"Latitude of standard parallel\",-71,UNIT[\"degree\",0.0174532925199433]],"
            + "PARAMETER[\"Longitude of origin\",0,UNIT[\"degree\",0.0174532925199433]],"
            + "PARAMETER[\"False easting\",0,UNIT[\"metre\",1]],PARAMETER[\"False northing\",0,UNIT[\"metre\",1]]],"
            + "CS[Cartesian,2],AXIS[\"easting (E)\",north,MERIDIAN[90,UNIT[\"degree\",0.0174532925199433]]],"
            + "AXIS[\"northing (N)\",north,MERIDIAN[0,UNIT[\"degree\",0.0174532925199433]]],LENGTHUNIT[\"metre\",1]]";

    private SisPolar() {
    }

    /** Lon/lat (degrees, in that order) to EPSG:3031 x/y. */
    static MathTransform forward() {
        try {
            CoordinateReferenceSystem polar = AbstractCRS.castOrCopy(CRS.fromWKT(WKT))
                    .forConvention(AxesConvention.DISPLAY_ORIENTED);
            return CRS.findOperation(CommonCRS.WGS84.normalizedGeographic(), polar, null).getMathTransform();
        } catch (Exception e) {
            throw new IllegalStateException("Apache SIS cannot build EPSG:3031 from WKT", e);
        }
    }
}
