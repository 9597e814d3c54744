package io.github.ghidanh.server.internal;

import io.github.ghidanh.server.ServerSettings;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The bounded pool every render runs in: {@code render-threads} threads and {@code render-queue}
 * waiting places. A render that finds both full is refused at once (503 with Retry-After) rather than
 * piling up requests; one that runs longer than {@code render-timeout} is answered 503 and
 * interrupted (the renderer stops at its next check; its thread stays counted until it does).
 */
@Component
public class RenderPool implements DisposableBean {
    private final ThreadPoolExecutor executor;
    private final long timeoutMillis;
    private final long retryAfterSeconds;

    public RenderPool(ServerSettings settings) {
        BlockingQueue<Runnable> queue = settings.renderQueue() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(settings.renderQueue());
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(settings.renderThreads(), settings.renderThreads(), 0, TimeUnit.MILLISECONDS,
                queue, r -> {
                    Thread t = new Thread(r, "ghidanh-render-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.timeoutMillis = settings.renderTimeout().toMillis();
        this.retryAfterSeconds = Math.max(1, settings.retryAfter().toSeconds());
    }

    /** Runs {@code work} in the pool and waits for it, within the time limit. */
    public <T> T run(Callable<T> work, Locale locale) {
        Future<T> f;
        try {
            f = executor.submit(work);
        } catch (RejectedExecutionException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "busy", Msg.get(locale, "detail.busy"),
                    java.util.List.of(), retryAfterSeconds);
        }
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "render-timeout", Msg.get(locale, "detail.render-timeout"));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "render-timeout", Msg.get(locale, "detail.render-timeout"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The pool itself, for tests that fill it. */
    public ThreadPoolExecutor executor() {
        return executor;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
