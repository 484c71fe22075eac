package cn.bangfu.platform.control;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source class behind Bangfu's {@code @DataSourceDefinition}. One build must run on the
 * embedded H2 file database and on PostgreSQL, chosen only by {@code BANGFU_DB_URL}; a data source
 * definition names one class, so this class picks the JDBC driver from the URL. The application
 * server pools the connections it hands out.
 */
public class BangfuDataSource implements DataSource {

    /** The URL value that means "the embedded H2 file database under the data directory". */
    public static final String EMBEDDED = "embedded";

    /**
     * PostgreSQL settings of every session Bangfu opens. A pooled connection lives for hours, and PostgreSQL caches a
     * prepared statement's generic plan once it costs no more than the custom ones: planned while a table was still
     * small (the county's forms scored before the province's), it stays a sequential scan on that connection after the
     * table has grown a hundredfold. The year-end scoring of 20,000 forms spent half its time so, in its own updates and
     * in the foreign-key checks of the rows it inserted. Planning every execution for its parameters costs a fraction
     * of a millisecond per statement. An {@code options} parameter in {@code BANGFU_DB_URL} takes precedence.
     */
    static final String POSTGRES_OPTIONS = "-c plan_cache_mode=force_custom_plan";

    /** How long the embedded database lets a transaction wait for a row another one locked. */
    static final int H2_LOCK_TIMEOUT_MILLIS = 60_000;

    private String url = EMBEDDED;
    private String user;
    private String password;
    private String dataDir = "data";
    private int loginTimeout;
    private PrintWriter logWriter;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    /** The JDBC URL in force: the configured one, or an H2 file in the data directory. */
    public String jdbcUrl() {
        return jdbcUrl(url, dataDir);
    }

    static String jdbcUrl(String url, String dataDir) {
        if (url == null || url.isBlank() || EMBEDDED.equals(url.strip())) {
            String dir = Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir).toAbsolutePath().normalize().toString();
            // LOCK_TIMEOUT: a once-a-day job run twice at once waits for the first run's lock (JobLocks) longer than H2's 2 s.
            return "jdbc:h2:file:" + dir.replace('\\', '/') + "/bangfu;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=" + H2_LOCK_TIMEOUT_MILLIS;
        }
        return url.strip();
    }

    private Driver driver(String jdbcUrl) throws SQLException {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return new org.postgresql.Driver();
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return new org.h2.Driver();
        }
        throw new SQLException("Bangfu supports PostgreSQL (jdbc:postgresql:...) and H2 (jdbc:h2:...), not " + jdbcUrl);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        String jdbcUrl = jdbcUrl();
        Properties props = connectionProperties(jdbcUrl, username, pass, loginTimeout);
        Connection connection = driver(jdbcUrl).connect(jdbcUrl, props);
        if (connection == null) {
            throw new SQLException("No driver accepted " + jdbcUrl);
        }
        return connection;
    }

    /** What the driver is given beside the URL: the credentials, and for PostgreSQL the login timeout and {@link #POSTGRES_OPTIONS}. */
    static Properties connectionProperties(String jdbcUrl, String username, String pass, int loginTimeout) {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (pass != null) {
            props.setProperty("password", pass);
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            props.setProperty("options", POSTGRES_OPTIONS);
            if (loginTimeout > 0) {
                props.setProperty("loginTimeout", Integer.toString(loginTimeout));
            }
        }
        return props;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
