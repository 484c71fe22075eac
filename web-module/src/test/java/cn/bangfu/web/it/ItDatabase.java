package cn.bangfu.web.it;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The fresh, empty database one integration test run boots Payara Micro on. Maven runs it (antrun,
 * see web-module/pom.xml) in {@code pre-integration-test} to create the database and in
 * {@code post-integration-test} to drop it, so the database exists before failsafe's JVM starts and
 * Arquillian boots the server, and is dropped after the server has stopped.
 *
 * <p>{@code create} writes {@code it.properties} into the run directory; failsafe hands its entries
 * to the tests as system properties: {@code bangfu.it.jvm} (the server's JVM flags, which
 * arquillian.xml puts into the adapter's {@code cmdOptions}) and, for PostgreSQL, {@code bangfu.it.jdbc}
 * so that tests can look into the very database the server uses. The server mails through an SMTP server on
 * 127.0.0.1 at {@code bangfu.it.smtp.port}, a port free when the run began: RemindersIT listens there (GreenMail);
 * for the other classes, which send no mail, nothing does.
 *
 * <p>Usage: {@code create h2|postgres RUN_DIR [ADMIN_URL USER PASSWORD]} and {@code drop RUN_DIR}.
 */
public final class ItDatabase {

    static final String FILE = "it.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ItDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: create h2|postgres RUN_DIR [ADMIN_URL USER PASSWORD] | drop RUN_DIR");
        }
        switch (args[0]) {
            case "create" -> create(args[1], Path.of(args[2]), arg(args, 3, "jdbc:postgresql://127.0.0.1:5432/"),
                    arg(args, 4, "postgres"), arg(args, 5, ""));
            case "drop" -> drop(Path.of(args[1]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static String arg(String[] args, int i, String fallback) {
        return args.length > i && !args[i].isBlank() && !args[i].startsWith("${") ? args[i] : fallback;
    }

    static void create(String kind, Path runDir, String adminUrl, String user, String password) throws IOException, SQLException {
        Files.createDirectories(runDir);
        String suffix = Long.toString(Math.abs(RANDOM.nextLong() % 1_000_000_000L));
        Properties p = new Properties();
        p.setProperty("bangfu.it.db", kind);
        switch (kind) {
            case "h2" -> {
                Path dir = runDir.resolve("h2-" + suffix).toAbsolutePath();
                Files.createDirectories(dir);
                p.setProperty("bangfu.it.jvm", "-DBANGFU_DEMO=true -DBANGFU_DATA_DIR=" + dir);
                System.out.println("[bangfu-it] H2 data directory " + dir);
            }
            case "postgres" -> {
                String name = "bangfu_it_" + suffix;
                try (Connection c = connect(adminUrl + "postgres", user, password); Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
                }
                String url = adminUrl + name;
                p.setProperty("bangfu.it.pg.admin", adminUrl);
                p.setProperty("bangfu.it.pg.name", name);
                p.setProperty("bangfu.it.jdbc", url);
                p.setProperty("bangfu.it.jdbc.user", user);
                p.setProperty("bangfu.it.jdbc.password", password);
                // BANGFU_DB_PASSWORD must not be empty on the command line: the server trusts local connections anyway.
                p.setProperty("bangfu.it.jvm", "-DBANGFU_DEMO=true -DBANGFU_DB_URL=" + url + " -DBANGFU_DB_USER=" + user
                        + " -DBANGFU_DB_PASSWORD=" + (password.isEmpty() ? "unused" : password));
                System.out.println("[bangfu-it] created PostgreSQL database " + name);
            }
            default -> throw new IllegalArgumentException("unknown database kind " + kind + " (h2 or postgres)");
        }
        int smtp = freePort();
        p.setProperty("bangfu.it.smtp.port", String.valueOf(smtp));
        p.setProperty("bangfu.it.jvm", p.getProperty("bangfu.it.jvm") + " -DBANGFU_SMTP_HOST=127.0.0.1 -DBANGFU_SMTP_PORT=" + smtp);
        try (Writer w = Files.newBufferedWriter(runDir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "Written by ItDatabase for this integration test run");
        }
    }

    /** A port nothing listens on now, for the test SMTP server. */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void drop(Path runDir) throws IOException, SQLException {
        Path file = runDir.resolve(FILE);
        if (!Files.exists(file)) {
            System.out.println("[bangfu-it] nothing to drop: no " + file);
            return;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String name = p.getProperty("bangfu.it.pg.name");
        if (name != null && System.getenv("BANGFU_IT_KEEP_DB") != null) {
            // for EXPLAIN on the data a benchmark ran on; whoever set the variable drops the database
            System.out.println("[bangfu-it] kept PostgreSQL database " + name + " (BANGFU_IT_KEEP_DB is set)");
        } else if (name != null) {
            // FORCE: a Payara Micro that is still shutting down may hold pooled connections.
            try (Connection c = connect(p.getProperty("bangfu.it.pg.admin") + "postgres", p.getProperty("bangfu.it.jdbc.user"),
                    p.getProperty("bangfu.it.jdbc.password")); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            System.out.println("[bangfu-it] dropped PostgreSQL database " + name);
        }
        Files.delete(file);
    }

    /** A connection without DriverManager, which does not see drivers of a class loader it did not load. */
    public static Connection connect(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        Connection c = new org.postgresql.Driver().connect(url, props);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return c;
    }
}
