package nunatak.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for tests: {@code moto_server} started as a child process on a free port of
 * 127.0.0.1, its log (one line per request) kept in a temp file. {@link #close()} kills it, and a shutdown
 * hook does too if the JVM ends first, so no server outlives the test run.
 *
 * <pre>{@code
 * try (MotoServer moto = MotoServer.start()) {
 *     S3Client s3 = S3Client.builder().endpointOverride(moto.endpoint()).forcePathStyle(true)...build();
 * }
 * }</pre>
 */
public final class MotoServer implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    private final int port;
    private final Thread killer;

    private MotoServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.killer = new Thread(this::kill, "moto-server-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts moto_server (from PATH) and waits until it answers; fails, never skips, when it is missing. */
    public static MotoServer start() {
        int port = freePort();
        Path log;
        try {
            log = Files.createTempFile("moto-server-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder pb = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("PYTHONUNBUFFERED", "1"); // request lines reach the log as they happen
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("moto_server was not found on the PATH (" + e.getMessage() + "). The s3:// "
                    + "tests need a real S3-compatible server: install it with `pip install 'moto[server]'`", e);
        }
        MotoServer server = new MotoServer(p, log, port);
        try {
            server.awaitReady();
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /**
     * A client for filling the server, signing with dummy keys so that nothing comes from the developer's
     * environment, and sending checksums only where S3 requires them. The caller closes it.
     */
    public S3Client uploader() {
        return S3Client.builder()
                .endpointOverride(endpoint())
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .httpClientBuilder(ApacheHttpClient.builder())
                .build();
    }

    /** How many {@code method} requests for exactly {@code path} (e.g. "/bucket/key") the server has logged. */
    public long requestCount(String method, String path) {
        String needle = "\"" + method + " " + path + " HTTP/";
        return logLines().stream().filter(l -> l.contains(needle)).count();
    }

    public List<String> logLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing left to undo
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temp file; the OS cleans it up
        }
    }

    private void kill() {
        // moto_server may be a wrapper script (pyenv shim) around python: end the whole tree.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ping = HttpRequest.newBuilder(endpoint().resolve("/")).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited with status " + process.exitValue()
                        + " before answering; its output:\n" + String.join("\n", logLines()));
            }
            try {
                if (client.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for moto_server", e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for moto_server", e);
            }
        }
        throw new IllegalStateException("moto_server did not answer on " + endpoint() + " within " + STARTUP.toSeconds()
                + " s; its output:\n" + String.join("\n", logLines()));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
