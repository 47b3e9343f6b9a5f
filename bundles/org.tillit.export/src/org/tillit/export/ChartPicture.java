package org.tillit.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A chart as an exported document shows it: PNG bytes, drawn by the caller (the export itself
 * draws no charts, so it depends on no chart library), its size in pixels and a title for its
 * heading or sheet. The size is read from the PNG, so the picture keeps its proportions.
 */
public record ChartPicture(byte[] png, int width, int height, String title) {

    /** Points per pixel when the chart is placed in a document: a 900-pixel chart takes 450 pt, a page's width. */
    static final double POINTS_PER_PIXEL = 0.5;

    public ChartPicture {
        png = png.clone();
    }

    /** The PNG with its size read from its header. */
    public static ChartPicture of(byte[] png, String title) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            try {
                reader.setInput(in);
                return new ChartPicture(png, reader.getWidth(0), reader.getHeight(0), title);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PNG image", e); // a caller's bug: the charts make PNGs
        }
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    InputStream stream() {
        return new ByteArrayInputStream(png);
    }

    double widthPoints() {
        return width * POINTS_PER_PIXEL;
    }

    double heightPoints() {
        return height * POINTS_PER_PIXEL;
    }
}
