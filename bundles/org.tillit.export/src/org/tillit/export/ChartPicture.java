package org.tillit.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.tillit.export.l10n.Messages;

/**
 * A chart as an exported document shows it: PNG bytes, drawn by the caller (the export itself
 * draws no charts, so it depends on no chart library), its size in pixels and a title for its
 * heading or sheet. The size is read from the PNG, so the picture keeps its proportions whatever
 * width it is shown at.
 */
public record ChartPicture(byte[] png, int width, int height, String title) {

    /**
     * A chart's layout in pixels: shown a page wide (450 pt) its 12-pixel text is 9 pt; drawn at
     * twice that, so it prints sharp.
     */
    public static final int LAYOUT_WIDTH = 600;
    public static final int LAYOUT_HEIGHT = 380;
    public static final int PRINT_SCALE = 2;

    /** A DOCX page's text width in points (A4 or Letter with Word's margins, less a little). */
    static final double PAGE_WIDTH_POINTS = 450;
    /** The widest a picture is shown on a sheet, in pixels, however many pixels it has. */
    static final int SHEET_WIDTH_PIXELS = 800;

    public ChartPicture {
        png = png.clone();
    }

    /** The PNG with its size read from its header, titled as a chart in the user's language. */
    public static ChartPicture of(byte[] png) {
        return of(png, Messages.Table_chart);
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

    /** In a document the picture fills the text width, in its own proportions. */
    double widthPoints() {
        return PAGE_WIDTH_POINTS;
    }

    double heightPoints() {
        return PAGE_WIDTH_POINTS * height / width;
    }

    /** On a sheet a picture drawn sharper than the screen needs is shown smaller. */
    double sheetScale() {
        return Math.min(1.0, (double) SHEET_WIDTH_PIXELS / width);
    }
}
