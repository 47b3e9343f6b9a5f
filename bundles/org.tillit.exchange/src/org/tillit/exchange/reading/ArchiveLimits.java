package org.tillit.exchange.reading;

/**
 * How much a .qdpx archive may unpack to before it is taken for a zip bomb.
 *
 * @param maxEntries entries in the archive
 * @param maxTotalBytes uncompressed bytes of all entries read
 * @param maxRatio uncompressed to compressed size of one entry
 * @param maxXmlDepth element nesting of project.qde
 * @param maxXmlElements elements in project.qde
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, int maxRatio, int maxXmlDepth, int maxXmlElements) {

    /** Generous for real projects (thousands of transcripts), far below what a bomb unpacks to. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(20_000, 2L * 1024 * 1024 * 1024, 200, 200,
            20_000_000);
}
