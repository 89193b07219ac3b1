package io.kadens;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import io.kadens.platform.MigrationStep;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kadens: continuous performance management for many companies, each isolated by the database. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("kadens/kadens.css")
@StyleSheet("kadens/responsive.css")
public class KadensApplication implements AppShellConfigurator {

    static {
        // jOOQ prints a banner and tips at start-up otherwise; the log is for what Kadens does.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** {@code java -jar kadens.jar} serves Kadens; {@code java -jar kadens.jar migrate} migrates the database and exits;
     *  {@code tenant-export} and {@code tenant-import} move one tenant (docs/operations.md). */
    public static void main(String[] args) {
        if (args.length > 0 && "migrate".equals(args[0])) {
            System.exit(MigrationStep.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].startsWith("tenant-")) {
            // The per-tenant export and import of docs/operations.md: no web server, the porter role only.
            System.exit(io.kadens.tenantarchive.TenantArchiveCommand.run(args));
        }
        SpringApplication.run(KadensApplication.class, args);
    }
}
