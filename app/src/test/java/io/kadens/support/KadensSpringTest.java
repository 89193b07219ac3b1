package io.kadens.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application against this run's real PostgreSQL, connected as the non-owner role.
 * All classes with this annotation share one application context. Its mail goes to this JVM's
 * {@link FakeSmtpServer}; its clock is a {@link TestClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestMailInitializer.class, TestSlackInitializer.class,
        TestOperationsInitializer.class})
@Import(TestClock.Configuration.class)
public @interface KadensSpringTest {
}
