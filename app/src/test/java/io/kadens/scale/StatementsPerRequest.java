package io.kadens.scale;

import jakarta.servlet.Filter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Every round trip an HTTP request makes to PostgreSQL, counted on the request's thread at the JDBC level:
 * jOOQ's statements, the raw JDBC ones that jOOQ does not see (the tenant binding at a transaction's start,
 * {@code current_setting} reads of the bound tenant), and the commits and rollbacks. The data source is wrapped
 * for this test's own application context only; a servlet filter keeps each request's list.
 */
@TestConfiguration
class StatementsPerRequest {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();
    private static final BlockingQueue<List<String>> FINISHED = new LinkedBlockingQueue<>();
    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    /** Forgets the requests finished so far. */
    static void clear() {
        FINISHED.clear();
    }

    /**
     * The round trips of the {@code n}th request the server finishes from now on (SQL text, or {@code commit} /
     * {@code rollback}), the earlier ones dropped. Waits for it: the client may read the answer before the server's
     * thread has left the filter.
     */
    static List<String> nth(int n) throws InterruptedException {
        List<String> taken = null;
        for (int i = 0; i < n; i++) {
            taken = FINISHED.poll(30, TimeUnit.SECONDS);
            if (taken == null) {
                throw new IllegalStateException("no request finished within 30 s");
            }
        }
        return taken;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
                    return new Counting(dataSource);
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> statementsPerRequestFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            List<String> previous = RECORDING.get();
            List<String> recorded = new ArrayList<>();
            RECORDING.set(recorded);
            try {
                chain.doFilter(request, response);
            } finally {
                RECORDING.set(previous);
                FINISHED.add(List.copyOf(recorded));
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    private static void record(String what) {
        List<String> recorded = RECORDING.get();
        if (recorded != null) {
            recorded.add(what);
        }
    }

    static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementsPerRequest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Forwarding(target, (method, args) -> {
                    switch (method.getName()) {
                        case "commit" -> record("commit");
                        case "rollback" -> record("rollback");
                        default -> {
                        }
                    }
                    return null;
                }, (method, args, result) -> switch (method.getName()) {
                    case "createStatement" -> statement((Statement) result, Statement.class, null);
                    case "prepareStatement" -> statement((Statement) result, PreparedStatement.class, (String) args[0]);
                    case "prepareCall" -> statement((Statement) result, CallableStatement.class, (String) args[0]);
                    default -> result;
                }));
    }

    private static Object statement(Statement target, Class<?> type, String sql) {
        return Proxy.newProxyInstance(StatementsPerRequest.class.getClassLoader(), new Class<?>[] {type},
                new Forwarding(target, (method, args) -> {
                    if (EXECUTING.contains(method.getName())) {
                        record(args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
                    }
                    return null;
                }, (method, args, result) -> result));
    }

    interface Before {
        Object apply(Method method, Object[] args);
    }

    interface After {
        Object apply(Method method, Object[] args, Object result);
    }

    /** Calls the target; {@code unwrap} and {@code isWrapperFor} reach it too (jOOQ and the driver ask for them). */
    record Forwarding(Object target, Before before, After after) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (method.getName().equals("hashCode") && (args == null || args.length == 0)) {
                return System.identityHashCode(proxy);
            }
            before.apply(method, args);
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
