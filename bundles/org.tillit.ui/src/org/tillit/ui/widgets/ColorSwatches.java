package org.tillit.ui.widgets;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.tillit.ui.codebook.ColorSwatch;

/** Small square images in code colours, made once per colour and disposed with the owner. */
final class ColorSwatches {

    private static final int SIZE = 12;

    private final Display display;
    private final Map<String, Image> images = new HashMap<>();

    ColorSwatches(Display display) {
        this.display = display;
    }

    Image of(String hex) {
        return images.computeIfAbsent(hex == null ? "#CCCCCC" : hex, this::create);
    }

    private Image create(String hex) {
        Image image = new Image(display, SIZE, SIZE);
        GC gc = new GC(image);
        Color fill = new Color(ColorSwatch.parse(hex));
        Color border = new Color(new RGB(110, 110, 110));
        gc.setBackground(fill);
        gc.fillRectangle(0, 0, SIZE, SIZE);
        gc.setForeground(border);
        gc.drawRectangle(0, 0, SIZE - 1, SIZE - 1);
        gc.dispose();
        return image;
    }

    void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
