package org.ltsports.ports.fetch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.ltsports.ports.PortsException;

/**
 * Several fetches on a small thread pool. Sources with the same sha256 are fetched once. The
 * results come back in the order asked; on the first failure the others are cancelled, and the
 * failure is thrown once every thread has stopped.
 */
final class ParallelFetch {
    static final int THREADS = 4;

    private final Function<SourceSpec, Path> fetchOne;
    private final Runnable cancelDownloads;

    ParallelFetch(Function<SourceSpec, Path> fetchOne, Runnable cancelDownloads) {
        this.fetchOne = fetchOne;
        this.cancelDownloads = cancelDownloads;
    }

    List<Path> run(List<SourceSpec> specs) {
        Map<String, SourceSpec> unique = new LinkedHashMap<>();
        specs.forEach(spec -> unique.putIfAbsent(spec.sha256(), spec));
        if (unique.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, unique.size()), threadFactory());
        try {
            Map<String, Path> fetched = collect(unique, pool);
            List<Path> results = new ArrayList<>();
            specs.forEach(spec -> results.add(fetched.get(spec.sha256())));
            return results;
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }

    private Map<String, Path> collect(Map<String, SourceSpec> unique, ExecutorService pool) {
        CompletionService<Path> completion = new ExecutorCompletionService<>(pool);
        Map<Future<Path>, String> shaOf = new LinkedHashMap<>();
        unique.forEach((sha, spec) -> shaOf.put(completion.submit(() -> fetchOne.apply(spec)), sha));
        Map<String, Path> fetched = new LinkedHashMap<>();
        RuntimeException first = null;
        try {
            for (int i = 0; i < shaOf.size(); i++) {
                Future<Path> future = completion.take();
                try {
                    fetched.put(shaOf.get(future), future.get());
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = asRuntime(e.getCause());
                        shaOf.keySet().forEach(f -> f.cancel(true));
                        cancelDownloads.run();
                    }
                } catch (CancellationException e) {
                    // cancelled because another fetch failed first
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shaOf.keySet().forEach(f -> f.cancel(true));
            cancelDownloads.run();
            throw PortsException.failed("fetching was interrupted");
        }
        if (first != null) {
            throw first;
        }
        return fetched;
    }

    private static RuntimeException asRuntime(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return PortsException.failed("fetching failed: " + cause, cause);
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory threadFactory() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "ports-fetch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
