package org.tillit.ui.tests.pages;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/** Colours read from what is on the screen, so that tests check what the user sees. */
final class ScreenColours {

    private ScreenColours() {
    }

    /** The colour most pixels of an area of the widget have: behind text, its background, not the glyphs'. */
    static RGB mostCommon(StyledText text, Rectangle area) {
        GC gc = new GC(text);
        Image image = new Image(text.getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
        try {
            gc.copyArea(image, area.x, area.y);
            ImageData data = image.getImageData();
            Map<RGB, Integer> counts = new HashMap<>();
            for (int x = 0; x < data.width; x++) {
                for (int y = 0; y < data.height; y++) {
                    counts.merge(data.palette.getRGB(data.getPixel(x, y)), 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        } finally {
            image.dispose();
            gc.dispose();
        }
    }
}
