package cn.bangfu.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Bangfu installed on Payara Server as a deployer does it: a domain of its own (ports from a port
 * base, never 4848/8080), a fresh PostgreSQL database, and {@code server-config/payara-server/deploy.sh}.
 * {@link #close()} stops the domain and drops the database whatever happened before; it also runs
 * when the JVM is stopped.
 */
final class PayaraServerInstall implements AutoCloseable {

    static final String DOMAIN = "bangfu-it";
    static final String DEMO_PASSWORD = "Bangfu-demo-2026";

    final Path payaraHome = Path.of(required("bangfu.it.payara.home"));
    final Path ear = Path.of(required("bangfu.it.ear"));
    final Path deployScript = Path.of(required("bangfu.it.deploy.script"));
    final Path work = Path.of(required("bangfu.it.work"));
    final int portBase = Integer.parseInt(System.getProperty("bangfu.it.portbase", "28000"));
    final int adminPort = portBase + 48;
    final int httpPort = portBase + 80;
    final String pgHost = System.getProperty("bangfu.it.pg.host", "127.0.0.1");
    final String pgPort = System.getProperty("bangfu.it.pg.port", "5432");
    final String pgUser = System.getProperty("bangfu.it.pg.user", "postgres");
    final String pgPassword = System.getProperty("bangfu.it.pg.password", "postgres");
    final String database = "bangfu_ear_it_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    private final Path asadmin;
    private final Path domainDir;
    private boolean domainCreated;
    private boolean databaseCreated;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread onExit = new Thread(this::cleanUp, "payara-server-it-cleanup");

    PayaraServerInstall() {
        asadmin = payaraHome.resolve("bin/asadmin");
        domainDir = payaraHome.resolve("glassfish/domains").resolve(DOMAIN);
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    String databaseUrl() {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }

    Path domainDir() {
        return domainDir;
    }

    /** Domain up, database created, Bangfu deployed in demo mode by the deployer's script. */
    void install() throws Exception {
        if (!Files.isExecutable(asadmin)) {
            throw new IllegalStateException("No Payara Server at " + payaraHome + " (the payara-server profile unpacks it)");
        }
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException("No EAR at " + ear);
        }
        Files.createDirectories(work);
        removeLeftoverDomain();
        for (int port : new int[] {adminPort, httpPort, portBase + 81, portBase + 49}) {
            requireFree(port);
        }

        step("create database " + database);
        try (Connection c = postgres(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        databaseCreated = true;

        asadmin("create-domain", Duration.ofMinutes(3), "create-domain", "--portbase", Integer.toString(portBase), "--nopassword", DOMAIN);
        domainCreated = true;
        asadmin("start-domain", Duration.ofMinutes(3), "start-domain", DOMAIN);

        Map<String, String> env = Map.of(
                "ASADMIN", asadmin.toString(),
                "AS_ADMIN_PORT", Integer.toString(adminPort),
                "BANGFU_EAR", ear.toString(),
                "BANGFU_DB_URL", databaseUrl(),
                "BANGFU_DB_USER", pgUser,
                "BANGFU_DB_PASSWORD", pgPassword,
                "BANGFU_ADMIN_PASSWORD", "Not-used-in-demo-9",
                "BANGFU_DEMO", "true");
        run("deploy.sh", Duration.ofMinutes(8), env, List.of("bash", deployScript.toString()));
    }

    /** Rows of a query against the test database, first column as text. */
    List<String> query(String sql) throws SQLException {
        Properties props = credentials();
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(databaseUrl(), props);
                Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    @Override
    public void close() {
        cleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException alreadyExiting) {
            // the hook is running or has run
        }
    }

    private void cleanUp() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (domainCreated) {
            try {
                asadmin("stop-domain", Duration.ofMinutes(2), "stop-domain", DOMAIN);
            } catch (Exception e) {
                System.err.println("stop-domain failed, killing the domain: " + e.getMessage());
                try {
                    asadmin("stop-domain-kill", Duration.ofMinutes(1), "stop-domain", "--kill=true", DOMAIN);
                } catch (Exception e2) {
                    System.err.println("Could not kill the domain " + DOMAIN + ": " + e2.getMessage());
                }
            }
            Path log = domainDir.resolve("logs/server.log");
            try {
                if (Files.exists(log)) {
                    Files.copy(log, work.resolve("server.log"), StandardCopyOption.REPLACE_EXISTING);
                    step("the domain's log is kept in " + work.resolve("server.log"));
                }
            } catch (IOException e) {
                System.err.println("Could not keep the server log: " + e.getMessage());
            }
        }
        if (databaseCreated) {
            step("drop database " + database);
            try (Connection c = postgres(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("Could not drop the database " + database + ": " + e.getMessage());
            }
        }
    }

    /** A domain left by an earlier run that was killed: stop it and remove it. */
    private void removeLeftoverDomain() throws Exception {
        if (!Files.exists(domainDir)) {
            return;
        }
        step("removing the domain left by an earlier run");
        try {
            asadmin("stop-leftover", Duration.ofMinutes(2), "stop-domain", "--kill=true", DOMAIN);
        } catch (Exception e) {
            // not running
        }
        try (Stream<Path> files = Files.walk(domainDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is in use; choose another port base with -Dbangfu.it.portbase=NNNNN", e);
        }
    }

    private Connection postgres() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + pgHost + ":" + pgPort + "/postgres", credentials());
    }

    private Properties credentials() {
        Properties props = new Properties();
        props.setProperty("user", pgUser);
        props.setProperty("password", pgPassword);
        return props;
    }

    private String asadmin(String name, Duration timeout, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(asadmin.toString());
        command.add("--interactive=false");
        command.addAll(List.of(args));
        return run(name, timeout, Map.of(), command);
    }

    /**
     * Runs a command with output to a file (a server started by asadmin keeps inherited pipes open) and
     * fails with that output when it fails or takes too long.
     */
    private String run(String name, Duration timeout, Map<String, String> env, List<String> command) throws Exception {
        step(String.join(" ", command));
        Path out = work.resolve(name + ".out");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        Map<String, String> environment = pb.environment();
        environment.keySet().removeIf(k -> k.startsWith("BANGFU_") || k.startsWith("AS_ADMIN_"));
        environment.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        environment.putAll(env);
        long started = System.nanoTime();
        Process process = pb.start();
        boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        System.out.print(output.indent(4));
        step(name + " took " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s");
        if (!finished) {
            throw new IllegalStateException(name + " did not finish within " + timeout + ":\n" + output);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with exit code " + process.exitValue() + ":\n" + output);
        }
        return output;
    }

    private static void step(String message) {
        System.out.println("[payara-server-it] " + message);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run with ./mvnw -Ppayara-server verify)");
        }
        return value;
    }
}
