package io.kadens;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Kadens is served from machines in any zone to organisations in their own: a day or a time a person sees is read in
 * the organisation's zone ({@code TenantSettingsService.zone()}, {@code Organisation.zone()}) and "now" comes from the
 * app's clock. So no main class asks for the server's zone or the server's day. {@code OffsetDateTime.now()} stays
 * allowed: it is an instant stamped on a row, the same whatever the zone.
 */
class ServerZoneTests {

    /** The app's own classes (where {@link KadensApplication} was loaded from), not the modules it depends on. */
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter().importPath(appClasses());

    /** Calls that read the server's zone, or today's date or time in it. */
    private static final Set<String> SERVER_ZONE_CALLS = Set.of(
            "java.time.ZoneId.systemDefault()",
            "java.util.TimeZone.getDefault()",
            "java.time.LocalDate.now()",
            "java.time.LocalDateTime.now()",
            "java.time.LocalTime.now()",
            "java.time.ZonedDateTime.now()",
            "java.time.YearMonth.now()",
            "java.time.Year.now()",
            "java.time.Clock.systemDefaultZone()");

    @Test
    void noMainClassReadsTheServersZoneOrDay() {
        assertThat(MAIN_CLASSES).as("main classes imported").isNotEmpty();
        Set<String> found = new TreeSet<>();
        MAIN_CLASSES.forEach(source -> source.getMethodCallsFromSelf().stream()
                .filter(call -> SERVER_ZONE_CALLS.contains(signature(call)))
                .forEach(call -> found.add(call.getDescription())));
        assertThat(found)
                .as("read the organisation's zone (TenantSettingsService.zone(), Organisation.zone()) and the app's Clock")
                .isEmpty();
    }

    private static Path appClasses() {
        try {
            return Path.of(KadensApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private static String signature(JavaMethodCall call) {
        return call.getTargetOwner().getName() + "." + call.getName() + "("
                + String.join(",", call.getTarget().getRawParameterTypes().stream().map(t -> t.getName()).toList()) + ")";
    }
}
