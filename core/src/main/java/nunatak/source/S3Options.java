package nunatak.source;

import java.io.Serializable;
import java.net.URI;

/**
 * Settings for {@code s3://bucket/key}.
 *
 * @param region        AWS region; null means the SDK's default chain (AWS_REGION, profile), then us-west-2
 * (where the REMA v2 bucket pgc-opendata-dems lives)
 * @param endpoint      endpoint override for S3-compatible stores (MinIO, moto, Ceph); implies path-style
 * addressing; null for AWS
 * @param auth          credentials: AUTO uses the default chain (environment, system properties, profiles,
 * web identity, container endpoint) when it finds credentials there, else anonymous; it
 * never asks the EC2 instance metadata service, so on EC2/EMR instance roles use DEFAULT
 * @param requesterPays send {@code x-amz-request-payer: requester} (the caller's account pays egress)
 *
 * <pre>{@code
 * SourceOptions minio = SourceOptions.DEFAULT.withS3(S3Options.DEFAULT.withEndpoint(URI.create("http://127.0.0.1:9000"))
 *         .withAuth(Auth.ANONYMOUS));
 * DataArray tile = DataArray.open(MosaicSpec.of("s3://rema/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_v2.0_dem.tif")
 *         .rows("40:39").cols("20:21").withOptions(minio));
 * }</pre>
 */
public record S3Options(String region, URI endpoint, Auth auth, boolean requesterPays) implements Serializable {

    public static final S3Options DEFAULT = new S3Options(null, null, Auth.AUTO, false);

    public S3Options withEndpoint(URI newEndpoint) {
        return new S3Options(region, newEndpoint, auth, requesterPays);
    }

    public S3Options withRegion(String newRegion) {
        return new S3Options(newRegion, endpoint, auth, requesterPays);
    }

    public S3Options withAuth(Auth newAuth) {
        return new S3Options(region, endpoint, newAuth, requesterPays);
    }

    public S3Options withRequesterPays(boolean pays) {
        return new S3Options(region, endpoint, auth, pays);
    }
}
