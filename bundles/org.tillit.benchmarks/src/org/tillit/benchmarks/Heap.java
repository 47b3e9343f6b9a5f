package org.tillit.benchmarks;

import java.lang.management.ManagementFactory;

/** Heap figures as the benchmarks report them. */
public final class Heap {

    private Heap() {
    }

    /** The used heap after a few collections (with pauses, so the collector can finish). */
    public static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
