package org.tillit.ui.widgets;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

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
        Color fill = new Color(parse(hex));
        Color border = new Color(new RGB(110, 110, 110));
        gc.setBackground(fill);
        gc.fillRectangle(0, 0, SIZE, SIZE);
        gc.setForeground(border);
        gc.drawRectangle(0, 0, SIZE - 1, SIZE - 1);
        gc.dispose();
        return image;
    }

    static RGB parse(String hex) {
        try {
            int value = Integer.parseInt(hex.substring(1), 16);
            return new RGB((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
        } catch (RuntimeException e) {
            return new RGB(204, 204, 204);
        }
    }

    void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
