package org.tillit.exchange.reading;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import org.tillit.exchange.l10n.Messages;

/**
 * The names of a zip's entries that are symbolic links. java.util.zip does not tell them apart:
 * the Unix mode sits in the upper half of each central directory record's external attributes,
 * so this reads the central directory itself.
 */
final class CentralDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMBOLIC_LINK = 0120000;

    private CentralDirectory() {
    }

    /** @throws IOException when the archive has no readable central directory */
    static Set<String> symbolicLinks(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 0xFFFF + 22L);
            ByteBuffer end = read(channel, size - tail, tail);
            int at = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == END_SIGNATURE) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw new IOException(Messages.Archive_noDirectory);
            }
            long offset = Integer.toUnsignedLong(end.getInt(at + 16));
            long length = Integer.toUnsignedLong(end.getInt(at + 12));
            if (offset == 0xFFFFFFFFL && at >= 20 && end.getInt(at - 20) == ZIP64_LOCATOR_SIGNATURE) {
                ByteBuffer zip64 = read(channel, end.getLong(at - 20 + 8), 56);
                length = zip64.getLong(40);
                offset = zip64.getLong(48);
            }
            if (offset < 0 || length < 0 || offset + length > size || length > Integer.MAX_VALUE) {
                throw new IOException(Messages.Archive_directoryOutside);
            }
            return links(read(channel, offset, (int) length));
        }
    }

    private static Set<String> links(ByteBuffer directory) throws IOException {
        Set<String> links = new HashSet<>();
        int at = 0;
        while (at + 46 <= directory.limit() && directory.getInt(at) == ENTRY_SIGNATURE) {
            int madeBy = Short.toUnsignedInt(directory.getShort(at + 4)) >>> 8;
            int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
            int mode = directory.getInt(at + 38) >>> 16;
            if (at + 46 + nameLength > directory.limit()) {
                throw new IOException(Messages.Archive_directoryCut);
            }
            // 3 = Unix: only then is the upper half a file mode.
            if (madeBy == 3 && (mode & FILE_TYPE_MASK) == SYMBOLIC_LINK) {
                byte[] name = new byte[nameLength];
                directory.get(at + 46, name);
                links.add(new String(name, StandardCharsets.UTF_8));
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        return links;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException(Messages.Archive_cutOff);
            }
        }
        return buffer.flip();
    }
}
