package cn.bangfu.platform.control;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which data source Bangfu uses. By default the application's own definition
 * ({@link #APPLICATION_DEFINED}, a {@code @DataSourceDefinition} driven by {@code BANGFU_DB_URL} and
 * friends: H2 or PostgreSQL). On a full application server the deployer may name a server-managed
 * JDBC resource instead with {@code BANGFU_DATASOURCE} (e.g. {@code jdbc/bangfu}); persistence.xml
 * reads the same key, so the migrations, the readiness check and JPA always share one pool.
 */
public final class DataSources {

    /** JNDI name of the data source the application defines itself. */
    public static final String APPLICATION_DEFINED = "java:app/jdbc/bangfu";

    /** MicroProfile Config key: JNDI name of the data source to use. */
    public static final String NAME_KEY = "BANGFU_DATASOURCE";

    private DataSources() {
    }

    /** The JNDI name in force. */
    public static String jndiName() {
        return ConfigProvider.getConfig().getOptionalValue(NAME_KEY, String.class)
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .orElse(APPLICATION_DEFINED);
    }

    /** Looks up the data source in force; a missing name is a deployment error. */
    public static DataSource lookup() {
        String name = jndiName();
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source at " + name + " (" + NAME_KEY + "): " + e.getMessage(), e);
        }
    }
}
