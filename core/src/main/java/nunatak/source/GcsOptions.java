package nunatak.source;

import java.io.Serializable;
import java.net.URI;

/**
 * Settings for {@code gs://bucket/key}, read through Google's XML API with plain HTTP range requests.
 *
 * @param endpoint    base URL; objects are read from {@code endpoint/bucket/key}
 * @param auth        AUTO uses Application Default Credentials when GOOGLE_APPLICATION_CREDENTIALS or
 * gcloud's well-known file exists (no metadata-server probing), else anonymous
 * @param userProject project billed for requester-pays buckets, or null
 *
 * <pre>{@code
 * SourceOptions billed = SourceOptions.DEFAULT.withGcs(GcsOptions.DEFAULT.withUserProject("my-project"));
 * GeoTiff t = GeoTiff.open("gs://pangeo-pgc/8m/40_20/40_20_8m_dem_COG_LZW.tif", billed);
 * }</pre>
 */
public record GcsOptions(URI endpoint, Auth auth, String userProject) implements Serializable {

    public static final URI GOOGLE_ENDPOINT = URI.create("https://storage.googleapis.com");
    public static final GcsOptions DEFAULT = new GcsOptions(GOOGLE_ENDPOINT, Auth.AUTO, null);

    public GcsOptions withEndpoint(URI newEndpoint) {
        return new GcsOptions(newEndpoint, auth, userProject);
    }

    public GcsOptions withAuth(Auth newAuth) {
        return new GcsOptions(endpoint, newAuth, userProject);
    }

    public GcsOptions withUserProject(String project) {
        return new GcsOptions(endpoint, auth, project);
    }
}
