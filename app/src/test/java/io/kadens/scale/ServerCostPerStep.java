package io.kadens.scale;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * What each step of {@link UiLoadBenchmark}'s walk costs the server, measured on the request's own thread: the time
 * inside the servlet chain (without the client's queueing in the HTTP connector before it), the CPU time and the
 * bytes allocated by that thread, and the bytes of the answer. The driver names the step in a request header; a
 * servlet filter of this test's application context only reads it. The CPU time and the allocation hardly depend
 * on what else the machine runs, so they compare two builds on a shared machine where latencies do not.
 */
@TestConfiguration
class ServerCostPerStep {

    /** The request header the driver puts the step's name in. */
    static final String STEP_HEADER = "X-Kadens-Bench-Step";

    record Step(Recorder wallNanos, LongAdder cpuNanos, LongAdder allocatedBytes, LongAdder answerBytes,
            LongAdder requests) {
        Step() {
            this(new Recorder(3), new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder());
        }

        void reset() {
            wallNanos.reset();
            cpuNanos.reset();
            allocatedBytes.reset();
            answerBytes.reset();
            requests.reset();
        }
    }

    static final Map<String, Step> STEPS = new ConcurrentHashMap<>();

    static void reset() {
        STEPS.values().forEach(Step::reset);
    }

    @Bean
    FilterRegistrationBean<Filter> serverCostPerStepFilter() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            String step = request instanceof HttpServletRequest http ? http.getHeader(STEP_HEADER) : null;
            if (step == null || !(response instanceof HttpServletResponse http)) {
                chain.doFilter(request, response);
                return;
            }
            long thread = Thread.currentThread().threadId();
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = threads.getThreadAllocatedBytes(thread);
            Counting counting = new Counting(http);
            try {
                chain.doFilter(request, counting);
                counting.flushBuffer();
            } finally {
                Step cost = STEPS.computeIfAbsent(step, s -> new Step());
                cost.wallNanos().recordValue(System.nanoTime() - wall);
                cost.cpuNanos().add(threads.getCurrentThreadCpuTime() - cpu);
                cost.allocatedBytes().add(threads.getThreadAllocatedBytes(thread) - allocated);
                cost.answerBytes().add(counting.bytes);
                cost.requests().increment();
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Counts the bytes of the answer's body as they are written (before any compression by the connector). */
    static final class Counting extends HttpServletResponseWrapper {
        long bytes;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Counting(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream inner = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        inner.setWriteListener(listener);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        bytes++;
                        inner.write(b);
                    }

                    @Override
                    public void write(byte[] data, int offset, int length) throws IOException {
                        bytes += length;
                        inner.write(data, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        inner.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        inner.close();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String charset = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        charset == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset)), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }
    }
}
