package cn.bangfu.platform.boundary;

import cn.bangfu.platform.control.DataSources;
import cn.bangfu.platform.entity.SchemaReady;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything touches the database. A database that is not
 * reachable yet does not fail the deployment: the migration is retried, and readiness stays DOWN
 * until it has succeeded.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = Migrations.DATA_SOURCE,
        className = "cn.bangfu.platform.control.BangfuDataSource",
        url = "${MPCONFIG=BANGFU_DB_URL:embedded}",
        user = "${MPCONFIG=BANGFU_DB_USER:bangfu}",
        password = "${MPCONFIG=BANGFU_DB_PASSWORD:bangfu}",
        properties = {"dataDir=${MPCONFIG=BANGFU_DATA_DIR:data}"},
        minPoolSize = 1,
        maxPoolSize = 32)
public class Migrations {

    /** The data source this application defines; used unless {@code BANGFU_DATASOURCE} names another (see {@link DataSources}). */
    public static final String DATA_SOURCE = DataSources.APPLICATION_DEFINED;
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private static final long RETRY_MILLIS = 10_000;

    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile boolean done;

    @PostConstruct
    void start() {
        dataSource = DataSources.lookup();
        attempt();
    }

    @Timeout
    void retry() {
        attempt();
    }

    private void attempt() {
        try {
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            done = true;
            LOG.info("Bangfu schema is up to date");
            schemaReady.fire(new SchemaReady());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Database migration failed; retrying in " + RETRY_MILLIS / 1000 + " s: " + e.getMessage(), e);
            timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(null, false));
        }
    }

    /** True once the schema has been migrated in this process. */
    public boolean done() {
        return done;
    }
}
