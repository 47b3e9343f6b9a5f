package org.tillit.importer.tika;

import java.util.ArrayList;
import java.util.List;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.ToTextContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Plain text as Tika's text handler writes it, but kept page by page where the parser marks pages
 * (the PDF parser puts each in a {@code <div class="page">}), so that page headers and footers can
 * be told from the text and left out.
 */
final class PageTextHandler extends ContentHandlerDecorator {

    /** A stretch of text, on a page or between pages. */
    private record Segment(boolean page, ToTextContentHandler text) {
    }

    private final List<Segment> segments = new ArrayList<>();
    /** How many divs deep inside the current page, 0 outside pages. */
    private int pageDepth;

    PageTextHandler() {
        startSegment(false);
    }

    private void startSegment(boolean page) {
        Segment segment = new Segment(page, new ToTextContentHandler());
        segments.add(segment);
        setContentHandler(segment.text());
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if ("div".equals(localName)) {
            if (pageDepth > 0) {
                pageDepth++;
            } else if ("page".equals(atts.getValue("class"))) {
                startSegment(true);
                pageDepth = 1;
            }
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        super.endElement(uri, localName, name);
        if ("div".equals(localName) && pageDepth > 0 && --pageDepth == 0) {
            startSegment(false);
        }
    }

    /** The whole text, without the lines that head or foot most pages. */
    String text() {
        List<String> pages = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.page()) {
                pages.add(segment.text().toString());
            }
        }
        List<String> kept = RepeatedPageLines.remove(pages);
        StringBuilder text = new StringBuilder();
        int page = 0;
        for (Segment segment : segments) {
            text.append(segment.page() ? kept.get(page++) : segment.text().toString());
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
