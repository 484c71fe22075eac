package cn.bangfu.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BangfuDataSourceTest {

    @TempDir
    Path dataDir;

    private static String h2Url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().normalize().toString().replace('\\', '/') + "/bangfu;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=60000";
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"embedded", "  embedded ", "   "})
    void embeddedOrBlankMeansAnH2FileInTheDataDirectory(String url) {
        assertEquals(h2Url(dataDir), BangfuDataSource.jdbcUrl(url, dataDir.toString()));
    }

    @Test
    void theDefaultUrlIsEmbedded() {
        BangfuDataSource ds = new BangfuDataSource();
        ds.setDataDir(dataDir.toString());
        assertEquals(BangfuDataSource.EMBEDDED, ds.getUrl());
        assertEquals(h2Url(dataDir), ds.jdbcUrl());
    }

    @Test
    void aRelativeDataDirectoryIsMadeAbsolute() {
        String url = BangfuDataSource.jdbcUrl("embedded", "some/../data");
        assertEquals(h2Url(Path.of("data")), url);
        assertTrue(Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf("/bangfu;"))).isAbsolute(), url);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void withoutADataDirectoryTheDefaultIsData(String dir) {
        assertEquals(h2Url(Path.of("data")), BangfuDataSource.jdbcUrl("embedded", dir));
    }

    @Test
    void aPostgresUrlPassesThrough() {
        String pg = "jdbc:postgresql://db.example.cn:5432/bangfu?sslmode=require";
        assertEquals(pg, BangfuDataSource.jdbcUrl(pg, dataDir.toString()));
        assertEquals(pg, BangfuDataSource.jdbcUrl("  " + pg + "\n", dataDir.toString()));
        BangfuDataSource ds = new BangfuDataSource();
        ds.setURL(pg);
        assertEquals(pg, ds.jdbcUrl());
    }

    @Test
    void postgresSessionsPlanEveryStatementForItsParametersAndHonourTheLoginTimeout() {
        Properties props = BangfuDataSource.connectionProperties("jdbc:postgresql://db:5432/bangfu", "bangfu", "secret", 7);
        assertEquals("-c plan_cache_mode=force_custom_plan", props.getProperty("options"));
        assertEquals("7", props.getProperty("loginTimeout"));
        assertEquals("bangfu", props.getProperty("user"));
        assertEquals("secret", props.getProperty("password"));
        assertNull(BangfuDataSource.connectionProperties("jdbc:postgresql://db/bangfu", null, null, 0).getProperty("loginTimeout"));
    }

    @Test
    void embeddedSessionsGetOnlyTheCredentials() {
        Properties props = BangfuDataSource.connectionProperties(h2Url(dataDir), "bangfu", null, 7);
        assertEquals(Set.of("user"), props.stringPropertyNames());
    }

    @Test
    void anEmbeddedDatabaseOpensAndAnswers() throws SQLException {
        BangfuDataSource ds = new BangfuDataSource();
        ds.setDataDir(dataDir.toString());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
            s.execute("shutdown");
        }
        assertTrue(Files.exists(dataDir.resolve("bangfu.mv.db")), "the database file lies in the data directory");
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossConnections() throws SQLException {
        BangfuDataSource ds = new BangfuDataSource();
        ds.setDataDir(dataDir.toString());
        ds.setUser("bangfu");
        ds.setPassword("secret");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table t(id int)");
            s.execute("insert into t values (42)");
            s.execute("shutdown");
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id from t")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getInt(1));
            s.execute("shutdown");
        }
    }

    @Test
    void anUnsupportedDatabaseIsRefusedWithAClearMessage() {
        BangfuDataSource ds = new BangfuDataSource();
        ds.setUrl("jdbc:mysql://localhost/bangfu");
        SQLException e = assertThrows(SQLException.class, ds::getConnection);
        assertTrue(e.getMessage().contains("jdbc:mysql://localhost/bangfu"), e.getMessage());
    }
}
