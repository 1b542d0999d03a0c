package nl.vplan.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps a list over a pool of one thread per core, keeping the order: the schools of a board are
 * independent once the framework is loaded, and so are the parts of a school and its handbooks, so
 * they are converted, composed and printed side by side.
 */
final class Parallel {

    private Parallel() {
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        int threads = Math.min(items.size(), cores());
        if (threads <= 1) {
            return items.stream().map(work).toList();
        }
        try (Pool pool = new Pool("vplan-school", threads)) {
            return pool.map(items, work);
        }
    }

    /** What work on another thread threw, to throw again on this one: as it was, unless it is checked. */
    static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * A pool that several threads hand work to at once: the schools' workers each hand in their
     * handbooks, so that printing never runs on more threads than there are cores, and one school's
     * handbooks are printed side by side when there are fewer schools than cores. Work given to the
     * pool must not wait for the pool itself.
     */
    static final class Pool implements AutoCloseable {

        private final ExecutorService threads;

        Pool(String name, int size) {
            threads = Executors.newFixedThreadPool(size, r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
        }

        <T, R> List<R> map(List<T> items, Function<T, R> work) {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(threads.submit(() -> work.apply(item)));
            }
            try {
                List<R> results = new ArrayList<>();
                for (Future<R> future : futures) {
                    results.add(future.get());
                }
                return results;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("onderbroken", e);
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            } finally {
                futures.forEach(f -> f.cancel(true)); // after a failure, the rest is not wanted
            }
        }

        @Override
        public void close() {
            threads.shutdownNow();
        }
    }
}
