package org.tillit.charts;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * A chart saved as a PNG image or an SVG drawing, for an article or a report. Each file is written
 * to a temporary file in the target folder and then moved over the target, so a failure never
 * leaves a half-written chart behind. PNG is drawn into an AWT image and needs no display; SVG is
 * drawn by JFreeSVG directly (JFreeChart's own SVG export finds JFreeSVG by reflection, which does
 * not reach across OSGi bundles).
 */
public final class ChartExport {

    private ChartExport() {
    }

    /**
     * The chart as PNG bytes, to embed in a document: laid out at {@code width} x {@code height}
     * and drawn {@code scale} times as many pixels each way, so text and bars stay sharp in print
     * (drawn into an AWT image: no display needed).
     */
    public static byte[] png(JFreeChart chart, int width, int height, int scale) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(scale, scale);
            chart.draw(graphics, new Rectangle(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        try {
            return ChartUtils.encodeAsPNG(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // encoding into memory does not fail for want of a disk
        }
    }

    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        write(file, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                ChartUtils.writeChartAsPNG(out, chart, width, height);
            }
        });
    }

    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        write(file, temporary -> {
            SVGGraphics2D svg = new SVGGraphics2D(width, height);
            chart.draw(svg, new Rectangle(0, 0, width, height));
            SVGUtils.writeToSVG(temporary.toFile(), svg.getSVGElement());
        });
    }

    private interface Writer {
        void to(Path temporary) throws IOException;
    }

    private static void write(Path file, Writer writer) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(NLS.bind(Messages.Chart_cannotWrite, target, NLS.bind(Messages.Chart_noFolder, folder)));
        }
        Path temporary;
        try {
            // Not createTempFile: its file is private to the owner, and the chart would stay so.
            temporary = Files.createFile(folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part"));
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Chart_cannotWrite, target, reason(e)), e);
        }
        try {
            writer.to(temporary);
            move(temporary, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw new IOException(NLS.bind(Messages.Chart_cannotWrite, target, reason(e)), e);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The reason as the system gives it; for a file system error that is the path and what went wrong. */
    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
