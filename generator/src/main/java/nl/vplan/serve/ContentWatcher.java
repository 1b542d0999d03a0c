package nl.vplan.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the content and template folders and reports a saved file once its burst of events is
 * over (editors often write, rename and touch in quick succession), all files of the burst at once,
 * on one background thread.
 */
final class ContentWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 25;

    private final List<Path> folders;
    private final Consumer<java.util.Set<Path>> onChange;
    private final java.util.Set<Path> changed = new java.util.LinkedHashSet<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vplan-voorbeeld");
        t.setDaemon(true);
        return t;
    });
    private DirectoryWatcher watcher;
    private ScheduledFuture<?> pending;

    ContentWatcher(List<Path> folders, Consumer<java.util.Set<Path>> onChange) {
        this.folders = folders.stream().filter(Files::isDirectory).toList();
        this.onChange = onChange;
    }

    void start() {
        try {
            watcher = DirectoryWatcher.builder()
                    .paths(folders)
                    .fileHashing(false)
                    .listener(event -> {
                        if (event.path() != null && !event.isDirectory() && !scratch(event.path())) {
                            schedule(event.path());
                        }
                    })
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("kan de inhoudsmap niet in de gaten houden", e);
        }
        watcher.watchAsync(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vplan-wachter");
            t.setDaemon(true);
            return t;
        }));
    }

    /** A hidden file or a backup (an editor's swap file, a save's temporary file) is no content. */
    private static boolean scratch(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    private synchronized void schedule(Path file) {
        changed.add(file.toAbsolutePath().normalize());
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(this::report, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void report() {
        java.util.Set<Path> files;
        synchronized (this) {
            files = java.util.Set.copyOf(changed);
            changed.clear();
        }
        if (!files.isEmpty()) {
            onChange.accept(files);
        }
    }

    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // closing on shutdown; nothing left to do
        }
        worker.shutdownNow();
    }
}
