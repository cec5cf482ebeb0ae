package dev.sitrep.io.snapshot;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/// Hands events from a thread that reads (the database, a file) to the thread that writes (a file, the
/// database), so the two overlap. A few events wait at most, so memory stays flat; when the consumer stops,
/// the producer unwinds at its next hand-over instead of blocking for ever.
///
/// The producer is never interrupted: an interrupt inside H2's file access would close the database file.
final class Handoff<E> {

    /// Thrown in the producer once the consumer has stopped taking events.
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<E> queue;
    private volatile boolean stopped;

    Handoff(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /// Hands `event` over, waiting while the consumer is behind.
    ///
    /// @throws Stopped when the consumer has stopped
    void put(E event) {
        try {
            while (!queue.offer(event, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /// Hands over the producer's last word (a failure), unless nobody is left to take it.
    void putUnlessStopped(E event) {
        try {
            put(event);
        } catch (Stopped ignored) {
            // The consumer gave up first; its own reason is what gets reported.
        }
    }

    /// The next event, waiting for the producer when it has none ready.
    E take() throws InterruptedException {
        return queue.take();
    }

    /// The consumer takes nothing more: the producer stops at its next hand-over.
    void stop() {
        stopped = true;
        queue.clear();
    }
}
