package nunatak.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Spark standalone cluster on 127.0.0.1 for tests: a Master JVM and Worker JVMs started from the test
 * class path (no Spark distribution: a fake SPARK_HOME with an empty jars/ lets workers build executor
 * commands). Executors are children of the workers. {@link #close()} kills every process tree it started.
 */
final class LocalCluster implements AutoCloseable {
    /** Flags that halve the daemons' CPU on a small machine. */
    static final String LIGHT_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Path dir;
    private final String classPath;
    private final List<Process> processes = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();
    private int masterPort;
    private int masterUiPort;

    private LocalCluster(Path dir) {
        this.dir = dir;
        this.classPath = testClassPath();
    }

    /** Starts a master and {@code workers} workers of one core each; returns when all workers are alive. */
    static LocalCluster start(Path dir, int workers) throws IOException, InterruptedException {
        LocalCluster c = new LocalCluster(dir);
        try {
            Files.createDirectories(dir.resolve("spark-home/jars"));
            c.masterPort = freePort();
            c.masterUiPort = freePort();
            c.launch("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", String.valueOf(c.masterPort), "--webui-port", String.valueOf(c.masterUiPort));
            c.awaitPort(c.masterPort);
            for (int w = 0; w < workers; w++) {
                Path work = Files.createDirectories(dir.resolve("worker-" + w));
                c.launch("worker-" + w, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                        "--cores", "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
                        "--work-dir", work.toString(), c.masterUrl());
            }
            c.awaitAliveWorkers(workers);
            return c;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            c.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** The class path executors need: the test JVM's own. */
    String classPath() {
        return classPath;
    }

    private void launch(String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.addAll(List.of(LIGHT_JVM.split(" ")));
        cmd.addAll(SparkJvm.moduleOptions());
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("SPARK_HOME", dir.resolve("spark-home").toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Path log = dir.resolve(name + ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        logs.add(log);
        processes.add(pb.start());
    }

    private void awaitPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            checkAlive();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the Spark master did not open port " + port + " in " + STARTUP + logTails());
    }

    private void awaitAliveWorkers(int n) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI json = URI.create("http://127.0.0.1:" + masterUiPort + "/json/");
        Pattern alive = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            checkAlive();
            try {
                String body = http.send(HttpRequest.newBuilder(json).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = alive.matcher(body);
                if (m.find() && Integer.parseInt(m.group(1)) >= n) {
                    return;
                }
            } catch (IOException notYet) {
                // the UI starts a little after the RPC port
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(n + " workers did not register in " + STARTUP + logTails());
    }

    private void checkAlive() {
        for (Process p : processes) {
            if (!p.isAlive()) {
                throw new IllegalStateException("a cluster process exited with " + p.exitValue() + logTails());
            }
        }
    }

    String logTails() {
        StringBuilder b = new StringBuilder();
        for (Path log : logs) {
            try {
                List<String> lines = Files.readAllLines(log);
                b.append("\n--- ").append(log.getFileName()).append(" ---\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            } catch (IOException | UncheckedIOException e) {
                b.append("\n--- ").append(log.getFileName()).append(": ").append(e);
            }
        }
        return b.toString();
    }

    /** Kills workers (and their executors) first, then the master; waits a bounded time for each. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }
}
