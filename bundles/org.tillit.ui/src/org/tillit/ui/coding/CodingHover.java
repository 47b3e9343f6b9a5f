package org.tillit.ui.coding;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.tillit.model.coding.CodingSpan;

/** The hover over highlighted text: what every coding under the mouse is, most specific first. */
final class CodingHover implements ITextHover {

    private final Supplier<EditorContent> shown;
    private final Function<CodingSpan, String> descriptions;

    CodingHover(Supplier<EditorContent> shown, Function<CodingSpan, String> descriptions) {
        this.shown = shown;
        this.descriptions = descriptions;
    }

    @Override
    public String getHoverInfo(ITextViewer textViewer, IRegion region) {
        EditorContent content = shown.get();
        if (content == null) {
            return null;
        }
        List<CodingSpan> here = content.codings().at(content.positions().toCodePoint(region.getOffset()));
        return here.isEmpty() ? null : String.join("\n\n", here.stream().map(descriptions).toList());
    }

    /** The most specific coding under the mouse: the hover stays while the mouse is over it. */
    @Override
    public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
        EditorContent content = shown.get();
        if (content == null || offset >= content.text().length()) {
            return null;
        }
        List<CodingSpan> here = content.codings().at(content.positions().toCodePoint(offset));
        if (here.isEmpty()) {
            return null;
        }
        int start = content.positions().toUtf16(here.get(0).start());
        return new Region(start, content.positions().toUtf16(here.get(0).end()) - start);
    }
}
