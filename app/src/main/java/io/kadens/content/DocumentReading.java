package io.kadens.content;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploaded documents are parsed: a small pool shared by every tenant, of which one tenant holds
 * at most {@code per-tenant} threads, so one organisation uploading hostile or huge files cannot keep
 * the others' uploads waiting. A full pool or a tenant at its share is refused at once with a message
 * (nothing queues without bound); a parse that runs past its time is abandoned with a message, and its
 * thread stops at its next page or zip entry (the parsers check their deadline).
 */
@Component
class DocumentReading {

    private final ThreadPoolExecutor pool;
    private final int perTenant;
    private final Duration maxTime;
    private final ConcurrentMap<UUID, Semaphore> shares = new ConcurrentHashMap<>();

    DocumentReading(@Value("${kadens.content.parse-threads:2}") int threads,
                    @Value("${kadens.content.parse-queue:4}") int queue,
                    @Value("${kadens.content.parse-per-tenant:1}") int perTenant,
                    @Value("${kadens.content.max-parse-time:PT60S}") Duration maxTime) {
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                Thread.ofPlatform().name("document-reading-", 0).daemon(true).factory(),
                new ThreadPoolExecutor.AbortPolicy());
        this.perTenant = perTenant;
        this.maxTime = maxTime;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    Duration maxTime() {
        return maxTime;
    }

    /**
     * Runs the parse in the pool within the tenant's share and waits for it.
     *
     * @throws UnreadableDocumentException with {@code content.file.busy-organisation}, {@code content.file.busy}
     *                                     or {@code content.file.too-slow}, or the parser's own refusal
     */
    ParsedDocument read(UUID tenant, Supplier<ParsedDocument> parse) {
        Semaphore share = shares.computeIfAbsent(tenant, t -> new Semaphore(perTenant));
        if (!share.tryAcquire()) {
            throw new UnreadableDocumentException("content.file.busy-organisation", tenant.toString());
        }
        Future<ParsedDocument> parsing;
        try {
            // The share is given back when the parse really ends, not when the caller stops waiting.
            parsing = pool.submit(() -> {
                try {
                    return parse.get();
                } finally {
                    share.release();
                }
            });
        } catch (RejectedExecutionException full) {
            share.release();
            throw new UnreadableDocumentException("content.file.busy", null);
        }
        try {
            // A little longer than the parser's own deadline, which ends it with the same message.
            return parsing.get(maxTime.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            parsing.cancel(true);
            throw new UnreadableDocumentException("content.file.too-slow", null);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new UnreadableDocumentException("content.file.corrupt", String.valueOf(failed.getCause()), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            parsing.cancel(true);
            throw new UnreadableDocumentException("content.file.too-slow", null);
        }
    }
}
