package org.tillit.importer.tika;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon threads parses run on, so that a time limit can be put on them. Starting a thread
 * per file cost more than parsing a small file; an idle thread is reused instead. A parse stuck
 * past its time limit keeps its thread busy, so the next file simply gets a fresh one.
 */
final class ParseThreads {

    private static final long IDLE_SECONDS = 30;

    private final AtomicInteger count = new AtomicInteger();
    private final ThreadPoolExecutor threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS,
            TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "Tillit import: parser " + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    <T> Future<T> submit(Callable<T> parse) {
        return threads.submit(parse);
    }
}
