package org.sigla.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders of an edition's sources (Java's WatchService: inotify on Linux, no
 * polling) and calls back once the sources have been quiet for a moment. Editors save in odd
 * ways (a temporary file renamed over the source, several writes in a row, a save at every
 * keystroke): a burst of events makes one call, never a build storm.
 */
final class SourceWatcher implements AutoCloseable {

    /** How long the sources must be quiet before a change is acted on. */
    static final long QUIET_MILLIS = 40;

    private final WatchService watcher;
    private final Thread thread;

    SourceWatcher(List<Path> roots, Runnable onChange) throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            Path folder = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
            if (folder != null && Files.isDirectory(folder)) {
                register(folder, Files.isDirectory(root));
            }
        }
        thread = new Thread(() -> watch(onChange), "sigla-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path folder, boolean below) throws IOException {
        if (!below) {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            return;
        }
        try (Stream<Path> folders = Files.walk(folder)) {
            for (Path each : folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                each.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = drain(key);
                // Wait for quiet: every further event restarts the wait.
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the preview is stopping.
        }
    }

    /** Whether the events of a key touch a source (an .xml file) or a folder; new folders are watched too. */
    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            String name = changed.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    register(changed, true);
                } catch (IOException e) {
                    // A folder that vanished at once: nothing to watch.
                }
                relevant = true;
            } else if (name.endsWith(".xml") || event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
