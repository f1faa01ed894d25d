package org.newsclaims.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spark job on a real standalone cluster: a master and a worker started as JVMs of their own from the Spark
 * jars, on 127.0.0.1, with one executor of two cores; the test JVM is the driver.
 */
class SparkStandaloneTest {

    private static final String HOST = "127.0.0.1";

    @TempDir
    static Path tmp;

    private static final List<Process> started = new ArrayList<>();
    private static SparkSession spark;

    @BeforeAll
    static void startCluster() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // the worker builds an executor's class path from SPARK_HOME/jars; here everything comes from extraClassPath
        Path home = tmp.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        int port = freePort();
        start(home, classpath, "master", "org.apache.spark.deploy.master.Master",
                "--host", HOST, "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort()));
        awaitPort(port);
        start(home, classpath, "worker", "org.apache.spark.deploy.worker.Worker", "--host", HOST, "--cores", "2", "--memory", "4g",
                "--webui-port", String.valueOf(freePort()), "--work-dir", Files.createDirectories(tmp.resolve("work")).toString(),
                "spark://" + HOST + ":" + port);
        spark = SparkSession.builder().master("spark://" + HOST + ":" + port).appName("SparkStandaloneTest")
                .config("spark.driver.host", HOST)
                .config("spark.driver.bindAddress", HOST)
                .config("spark.executor.memory", "3g")
                .config("spark.executor.cores", "2")
                .config("spark.cores.max", "2")
                .config("spark.executor.extraClassPath", classpath)
                .config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        if (spark != null) {
            spark.stop();
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            Process p = started.get(i);
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void claimsAndClustersAreExactlyThoseOfIngest() throws Exception {
        SparkJobTest.assertSameAsIngest(spark, tmp.resolve("out"));
    }

    /** A JVM running {@code main} with this JVM's module options, its output in {@code name}.log. */
    private static void start(Path home, String classpath, String name, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions")).forEach(command::add);
        command.addAll(List.of("-cp", classpath, main));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        // else the worker looks for the build directories of a Spark source tree to learn it
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        started.add(pb.start());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the Spark master did not open port " + port);
    }
}
