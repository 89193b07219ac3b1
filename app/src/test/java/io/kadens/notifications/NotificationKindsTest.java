package io.kadens.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;


/** The database's list of notification kinds and the enum stay equal, and an unknown kind is refused. */
class NotificationKindsTest {

    @Test
    void theReferenceTableHoldsExactlyTheEnumsKinds() throws Exception {
        Set<String> stored = new HashSet<>();
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement();
             ResultSet rows = statement.executeQuery("select kind from notification_kind")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        Set<String> declared = Arrays.stream(NotificationKind.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(stored).as("notification_kind rows (add a feature's kinds in its own migration)")
                .isEqualTo(declared);
    }

    @Test
    void aNotificationOfAnUnknownKindIsRefusedByTheDatabase() throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "insert into notification_kind (kind) values ('not a kind')"))
                    .isInstanceOf(SQLException.class);
            try (ResultSet constraint = statement.executeQuery("select count(*) from pg_constraint"
                    + " where conname = 'notification_kind_known' and contype = 'f'")) {
                constraint.next();
                assertThat(constraint.getInt(1)).as("notification.kind references notification_kind").isEqualTo(1);
            }
        }
    }
}
