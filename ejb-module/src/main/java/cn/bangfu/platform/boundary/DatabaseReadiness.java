package cn.bangfu.platform.boundary;

import cn.bangfu.platform.control.DataSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: DOWN while the database is unreachable or the schema is not migrated yet. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try (Connection c = DataSources.lookup().getConnection()) {
            reachable = c.isValid(2);
        } catch (SQLException | IllegalStateException e) {
            reachable = false;
        }
        boolean migrated = migrations.done();
        return HealthCheckResponse.named("bangfu-database")
                .status(reachable && migrated)
                .withData("reachable", reachable)
                .withData("migrated", migrated)
                .build();
    }
}
