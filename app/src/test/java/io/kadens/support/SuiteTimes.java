package io.kadens.support;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of a test run, how long the test classes of each feature package took, so that a
 * reader of the CI log sees where the suite's time goes and which module grows. Registered through
 * {@code META-INF/services}; it measures and prints, it never fails a run.
 *
 * <p>A class's time is from its start to its end, its class-level fixtures included; the first class
 * to start the shared Spring context carries that start-up too.
 */
public class SuiteTimes implements TestExecutionListener {

    private static final String ROOT = "io.kadens.";

    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, Module> modules = new ConcurrentHashMap<>();
    private long runStarted;

    private static final class Module {
        long nanos;
        int classes;
        int tests;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        runStarted = System.nanoTime();
        started.clear();
        modules.clear();
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        topLevelClass(identifier).ifPresent(name -> started.put(identifier.getUniqueId(), System.nanoTime()));
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (identifier.isTest() && identifier.getSource().orElse(null) instanceof MethodSource method) {
            Module module = module(method.getClassName());
            synchronized (module) {
                module.tests++;
            }
        }
        Long start = started.remove(identifier.getUniqueId());
        if (start != null) {
            Module module = module(topLevelClass(identifier).orElseThrow());
            synchronized (module) {
                module.nanos += System.nanoTime() - start;
                module.classes++;
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (modules.isEmpty()) {
            return;
        }
        print(System.out, System.nanoTime() - runStarted);
    }

    private void print(PrintStream out, long runNanos) {
        Map<String, Module> sorted = new TreeMap<>(modules);
        long classNanos = sorted.values().stream().mapToLong(m -> m.nanos).sum();
        StringBuilder table = new StringBuilder("\nTest time per module (wall clock of its test classes)\n");
        table.append(String.format("%-22s %9s %8s %6s%n", "module", "seconds", "classes", "tests"));
        sorted.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().nanos, a.getValue().nanos))
                .forEach(e -> table.append(String.format("%-22s %9.1f %8d %6d%n", e.getKey(),
                        e.getValue().nanos / 1e9, e.getValue().classes, e.getValue().tests)));
        table.append(String.format("%-22s %9.1f %8d %6d%n", "all classes", classNanos / 1e9,
                sorted.values().stream().mapToInt(m -> m.classes).sum(),
                sorted.values().stream().mapToInt(m -> m.tests).sum()));
        table.append(String.format("%-22s %9.1f%n", "whole run", runNanos / 1e9));
        out.print(table);
        out.flush();
    }

    private Module module(String className) {
        String rest = className.startsWith(ROOT) ? className.substring(ROOT.length()) : className;
        int dot = rest.indexOf('.');
        return modules.computeIfAbsent(dot < 0 ? "(io.kadens)" : rest.substring(0, dot), key -> new Module());
    }

    /** The class name when this is a top-level test class; nested classes run inside theirs. */
    private static java.util.Optional<String> topLevelClass(TestIdentifier identifier) {
        return identifier.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .map(ClassSource::getClassName).filter(name -> !name.contains("$"));
    }
}
