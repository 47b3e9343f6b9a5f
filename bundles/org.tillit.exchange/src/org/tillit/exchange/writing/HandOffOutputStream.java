package org.tillit.exchange.writing;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An output stream whose bytes a thread of its own writes on to the target, in chunks: project.qde's
 * XML is made on the caller's thread (which reads the model under the store's lock) while the other
 * thread deflates it into its zip entry on a second core; deflating was a third of an export.
 * {@link #finish()} waits until everything is written and throws what the writing failed with;
 * {@link #close()} without it (after a failure or a cancel here) drops the rest and waits until
 * the other thread has let go of the target. Not the JDK's piped streams: they wake the other side
 * only when the pipe is full or empty, so the two threads would mostly take turns.
 */
final class HandOffOutputStream extends OutputStream {

    private static final int CHUNK = 1 << 16;
    /** Chunks made but not yet written: enough to even out the two threads' pace, little memory. */
    private static final int WAITING = 8;
    private static final byte[] END = new byte[0];
    private static final long LOOK_MS = 100;

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(WAITING);
    /** Written chunks back for filling again, rather than a new one each 64 KB (no more are ever in use). */
    private final BlockingQueue<byte[]> emptied = new ArrayBlockingQueue<>(WAITING + 2);
    private final Thread writing;
    /** What the writing thread stopped with; it stops before the end only on a failure. */
    private volatile IOException failure;
    private byte[] buffer = new byte[CHUNK];
    private int count;
    private boolean finished;

    HandOffOutputStream(OutputStream target) {
        writing = new Thread(() -> writeAll(target), "Tillit: REFI-QDA export, deflating project.qde");
        writing.setDaemon(true);
        writing.start();
    }

    private void writeAll(OutputStream target) {
        try {
            for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                target.write(chunk);
                if (chunk.length == CHUNK) {
                    emptied.offer(chunk);
                }
            }
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException | Error | InterruptedException e) {
            failure = new IOException(e); // whatever stopped it, this side's write or finish fails
        }
    }

    @Override
    public void write(int b) throws IOException {
        buffer[count++] = (byte) b;
        if (count == CHUNK) {
            handOffBuffer();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            int part = Math.min(length, CHUNK - count);
            System.arraycopy(bytes, offset, buffer, count, part);
            count += part;
            offset += part;
            length -= part;
            if (count == CHUNK) {
                handOffBuffer();
            }
        }
    }

    private void handOffBuffer() throws IOException {
        handOff(buffer);
        byte[] reused = emptied.poll();
        buffer = reused != null ? reused : new byte[CHUNK];
        count = 0;
    }

    /** Queues the chunk, or throws what the writing thread failed with (it then takes no more). */
    private void handOff(byte[] chunk) throws IOException {
        try {
            do {
                throwFailure();
            } while (!chunks.offer(chunk, LOOK_MS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    /** Hands off the rest and waits until all of it is written. */
    void finish() throws IOException {
        handOff(Arrays.copyOf(buffer, count));
        count = 0;
        handOff(END);
        finished = true;
        try {
            writing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
        throwFailure();
    }

    private void throwFailure() throws IOException {
        IOException stopped = failure;
        if (stopped != null) {
            throw stopped;
        }
    }

    /**
     * Unless finished: drops what is not yet written and waits until the writing thread has let go
     * of the target (the failure or cancel that brought us here is the one reported).
     */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        chunks.clear();
        chunks.offer(END); // there is room: only this thread puts, and the queue is empty
        try {
            writing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
