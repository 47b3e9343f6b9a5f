package org.tillit.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what the screen shows as PNG: for failing tests and for the documentation. */
public final class Screenshots {

    /** Where screenshots go: {@code tillit.screenshots} or target/screenshots of the test bundle. */
    public static Path folder() {
        return Path.of(System.getProperty("tillit.screenshots", "target/screenshots"));
    }

    private Screenshots() {
    }

    public static Path capture(UiBot bot, String name) {
        Path file = folder().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        settle(bot);
        bot.run(() -> save(bot.display(), file));
        return file;
    }

    /**
     * Gives the window system time to paint what the test just changed (a ticked check box, a
     * button enabled), so the picture shows the state the test asserted, not the one before.
     */
    private static void settle(UiBot bot) {
        for (int round = 0; round < 5; round++) {
            bot.run(() -> {
                for (Shell shell : bot.display().getShells()) {
                    if (!shell.isDisposed()) {
                        shell.update();
                    }
                }
            });
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void save(Display display, Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + file.getParent(), e);
        }
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
