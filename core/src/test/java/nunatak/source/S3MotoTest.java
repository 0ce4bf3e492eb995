package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import nunatak.AccessDeniedException;
import nunatak.NotFoundException;
import nunatak.SourceIOException;
import nunatak.testing.Fixtures;
import nunatak.testing.MotoServer;
import nunatak.testing.PixelAssertions;
import nunatak.tiff.GeoTiff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.Payer;

/**
 * s3:// against a real S3-compatible server: moto_server, started here on 127.0.0.1 and filled with the
 * fixtures by the AWS SDK. The test's uploader signs with dummy keys; the reader runs with its defaults
 * (Auth.AUTO) plus the endpoint override and needs nothing from ~/.aws: without local credentials AUTO goes
 * anonymous, so the COGs are uploaded public-read, like the REMA open-data bucket.
 */
class S3MotoTest {
    private static final String BUCKET = "nunatak-cogs";
    private static final String PAYER_BUCKET = "nunatak-requester-pays";
    private static final List<String> COGS = List.of("lzw.tif", "lzw_pred3_bigtiff.tif", "zstd_pred3.tif");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static MotoServer moto;
    private static S3Client uploader;

    @BeforeAll
    static void startMotoAndUpload() {
        moto = MotoServer.start();
        uploader = moto.uploader();
        uploader.createBucket(b -> b.bucket(BUCKET));
        for (String name : COGS) {
            uploader.putObject(b -> b.bucket(BUCKET).key("cog/" + name).acl(ObjectCannedACL.PUBLIC_READ),
                    RequestBody.fromFile(Fixtures.cog(name)));
        }
        uploader.putObject(b -> b.bucket(BUCKET).key("private/lzw.tif"), RequestBody.fromFile(Fixtures.cog("lzw.tif")));
        try (S3Client withChecksums = S3Client.builder()
                .endpointOverride(moto.endpoint())
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(ApacheHttpClient.builder())
                .build()) {
            withChecksums.putObject(b -> b.bucket(BUCKET).key("crc/lzw.tif").acl(ObjectCannedACL.PUBLIC_READ)
                    .checksumAlgorithm(ChecksumAlgorithm.CRC32), RequestBody.fromFile(Fixtures.cog("lzw.tif")));
        }
        uploader.createBucket(b -> b.bucket(PAYER_BUCKET));
        uploader.putBucketRequestPayment(b -> b.bucket(PAYER_BUCKET).requestPaymentConfiguration(c -> c.payer(Payer.REQUESTER)));
        uploader.putObject(b -> b.bucket(PAYER_BUCKET).key("lzw.tif").acl(ObjectCannedACL.PUBLIC_READ),
                RequestBody.fromFile(Fixtures.cog("lzw.tif")));
    }

    @AfterAll
    static void stopMoto() {
        try {
            if (uploader != null) {
                uploader.close();
            }
        } finally {
            if (moto != null) {
                moto.close();
            }
        }
    }

    private static SourceOptions options(S3Options s3) {
        return SourceOptions.DEFAULT.withCacheBytes(0).withS3(s3.withEndpoint(moto.endpoint()));
    }

    @Test
    void everyLevelIsBitIdenticalToTheLocalFile() {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (String name : COGS) {
                GeoTiff local = GeoTiff.open(Fixtures.cog(name).toString());
                GeoTiff remote = GeoTiff.open("s3://" + BUCKET + "/cog/" + name, options(S3Options.DEFAULT));
                assertEquals(local.fileLength(), remote.fileLength(), name + " size");
                assertTrue(PixelAssertions.assertSameLevels(local, remote) > 700 * 600, name);
            }
        });
    }

    @Test
    void objectsStoredWithAWholeObjectChecksumReadByRange() {
        // The SDK's default upload stores a CRC32; a ranged GET must not be checked against it.
        assertTimeoutPreemptively(LIMIT, () -> PixelAssertions.assertSameLevels(
                GeoTiff.open(Fixtures.cog("lzw.tif").toString()),
                GeoTiff.open("s3://" + BUCKET + "/crc/lzw.tif", options(S3Options.DEFAULT))));
    }

    @Test
    void openingIsOneRangedGet() {
        String path = "/" + BUCKET + "/cog/lzw_pred3_bigtiff.tif";
        long before = moto.requestCount("GET", path);
        long fetchesBefore = IoStats.requests();
        GeoTiff tif = assertTimeoutPreemptively(LIMIT,
                () -> GeoTiff.open("s3:/" + path, options(S3Options.DEFAULT)));
        assertEquals(700, tif.width());
        assertEquals(1, IoStats.requests() - fetchesBefore, "requests the reader made");
        // moto logs each request as it is answered; give the log a moment to catch up before counting.
        long seen = 0;
        for (int i = 0; i < 50 && seen < 1; i++) {
            seen = moto.requestCount("GET", path) - before;
            sleep(20);
        }
        sleep(200);
        assertEquals(1, moto.requestCount("GET", path) - before, () -> "requests moto saw: " + moto.logLines());
    }

    @Test
    void missingKeyIsNotFoundNamingTheS3Uri() {
        String uri = "s3://" + BUCKET + "/cog/missing.tif";
        NotFoundException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(NotFoundException.class,
                () -> GeoTiff.open(uri, options(S3Options.DEFAULT))));
        assertTrue(e.getMessage().contains(uri), e::getMessage);
        assertTrue(e.getMessage().contains("NoSuchKey"), e::getMessage);
    }

    @Test
    void missingBucketIsNotFoundNamingTheS3Uri() {
        String uri = "s3://no-such-bucket-here/cog/lzw.tif";
        NotFoundException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(NotFoundException.class,
                () -> GeoTiff.open(uri, options(S3Options.DEFAULT))));
        assertTrue(e.getMessage().contains(uri), e::getMessage);
        assertTrue(e.getMessage().contains("NoSuchBucket"), e::getMessage);
    }

    @Test
    void aPrivateObjectReadAnonymouslyIsAccessDeniedNamingTheS3Uri() {
        String uri = "s3://" + BUCKET + "/private/lzw.tif";
        long before = moto.requestCount("GET", "/" + BUCKET + "/private/lzw.tif");
        AccessDeniedException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(AccessDeniedException.class,
                () -> GeoTiff.open(uri, options(S3Options.DEFAULT.withAuth(Auth.ANONYMOUS)))));
        assertTrue(e.getMessage().contains(uri) && e.getMessage().contains("HTTP 403"), e::getMessage);
        sleep(200);
        assertEquals(1, moto.requestCount("GET", "/" + BUCKET + "/private/lzw.tif") - before, "not retried");
    }

    @Test
    void requesterPaysReadsTheSameValues() {
        assertTimeoutPreemptively(LIMIT, () -> {
            GeoTiff local = GeoTiff.open(Fixtures.cog("lzw.tif").toString());
            GeoTiff remote = GeoTiff.open("s3://" + PAYER_BUCKET + "/lzw.tif",
                    options(S3Options.DEFAULT.withRequesterPays(true).withRegion("us-east-1")));
            PixelAssertions.assertSameLevels(local, remote);
        });
    }

    @Test
    void explicitAnonymousAccessReadsTheSameValues() {
        assertTimeoutPreemptively(LIMIT, () -> {
            GeoTiff local = GeoTiff.open(Fixtures.cog("zstd_pred3.tif").toString());
            GeoTiff remote = GeoTiff.open("s3://" + BUCKET + "/cog/zstd_pred3.tif",
                    options(S3Options.DEFAULT.withAuth(Auth.ANONYMOUS)));
            PixelAssertions.assertSameLevels(local, remote);
        });
    }

    @Test
    void anUnreachableEndpointFailsAfterTheRetriesNamingTheUri() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        SourceOptions o = SourceOptions.DEFAULT.withCacheBytes(0)
                .withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5)))
                .withS3(S3Options.DEFAULT.withEndpoint(URI.create("http://127.0.0.1:" + closedPort)));
        String uri = "s3://" + BUCKET + "/cog/lzw.tif";
        SourceIOException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(SourceIOException.class,
                () -> RangeReader.open(uri, o).readUpTo(0, 16384)));
        assertTrue(e.getMessage().contains(uri + " (bytes 0-16383)"), e::getMessage);
        assertTrue(e.getMessage().contains("after 3 attempts"), e::getMessage);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
