package org.tillit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.tillit.commands.ProjectCommandStack;

/**
 * Times a command and its undo round after round on the same project: execute, undo, execute,
 * undo... A command over thousands of codings may take seconds while it commits once per coding,
 * so a run slower than {@link #SLOW_RUN_NANOS} is not repeated and no round starts once the series
 * has taken {@link #BUDGET_NANOS}: the whole benchmark stays within minutes.
 */
final class CommandRounds {

    static final long SLOW_RUN_NANOS = 20_000_000_000L;
    static final long BUDGET_NANOS = 90_000_000_000L;

    /** Asserts what the project looks like after an execute or an undo (not timed). */
    interface Check {
        void run();
    }

    /** Thread CPU time beside wall time: less disturbed when other builds share the machine. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final Figures.Samples executions;
    final Figures.Samples undos;
    private final Figures.Samples executionsCpu;
    private final Figures.Samples undosCpu;
    /** Why fewer rounds ran than asked, or empty. */
    private String cutShort = "";

    private CommandRounds(int rounds) {
        executions = new Figures.Samples(rounds);
        undos = new Figures.Samples(rounds);
        executionsCpu = new Figures.Samples(rounds);
        undosCpu = new Figures.Samples(rounds);
    }

    static CommandRounds run(ProjectCommandStack stack, Supplier<Command> command, int rounds, Check afterExecute,
            Check afterUndo) {
        CommandRounds result = new CommandRounds(rounds);
        long series = 0;
        for (int i = 0; i < rounds; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            stack.execute(command.get());
            long executed = System.nanoTime() - t;
            result.executionsCpu.add(THREADS.getCurrentThreadCpuTime() - cpu);
            afterExecute.run();
            cpu = THREADS.getCurrentThreadCpuTime();
            t = System.nanoTime();
            stack.undo();
            long undone = System.nanoTime() - t;
            result.undosCpu.add(THREADS.getCurrentThreadCpuTime() - cpu);
            afterUndo.run();
            result.executions.add(executed);
            result.undos.add(undone);
            series += executed + undone;
            if (i + 1 < rounds && Math.max(executed, undone) > SLOW_RUN_NANOS) {
                result.cutShort = String.format(Locale.ROOT, "%d of %d rounds: a run took over %d s", i + 1, rounds,
                        SLOW_RUN_NANOS / 1_000_000_000L);
                break;
            }
            if (i + 1 < rounds && series > BUDGET_NANOS) {
                result.cutShort = String.format(Locale.ROOT, "%d of %d rounds: the rounds took over %d s", i + 1,
                        rounds, BUDGET_NANOS / 1_000_000_000L);
                break;
            }
        }
        return result;
    }

    /** Beside the median and max of the executions: their median thread CPU time, and the first run. */
    String executionSpread() {
        return spread(executions, executionsCpu);
    }

    String undoSpread() {
        return spread(undos, undosCpu);
    }

    /** The first run is apart because the JIT warms up in it. */
    private static String spread(Figures.Samples wall, Figures.Samples cpu) {
        return String.format(Locale.ROOT, "; CPU %.0f; 1st %.0f", cpu.medianMs(), wall.firstMs());
    }

    String cutShort() {
        return cutShort;
    }
}
