package org.tillit.export;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles a report uses, defined under Word's own built-in names ("heading 1",
 * "Title", "Quote"), so that Word shows them as its headings in any language, a table of contents
 * finds them (the outline level does that), and a journal's template restyles them when pasted.
 */
final class DocxStyles {

    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    /** Word has nine heading levels; a codebook deeper than six is rare, and Word's TOC shows three by default. */
    static final int DEEPEST_HEADING = 6;
    static final String QUOTE = "Quote";
    static final String CITATION = "Citation";

    private DocxStyles() {
    }

    static void define(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        add(styles, paragraph(TITLE, "Title", null, 56, true, false, 0, 240));
        add(styles, paragraph(HEADING_1, "heading 1", 0, 32, true, false, 360, 120));
        add(styles, paragraph(HEADING_2, "heading 2", 1, 26, true, false, 240, 80));
        for (int level = 3; level <= DEEPEST_HEADING; level++) {
            add(styles, paragraph(heading(level), "heading " + level, level - 1, level == 3 ? 24 : 22, true, level > 4,
                    200, 60));
        }
        CTStyle quote = paragraph(QUOTE, "Quote", null, 22, false, true, 120, 120);
        quote.getPPr().addNewInd().setLeft(BigInteger.valueOf(720));
        quote.getPPr().getInd().setRight(BigInteger.valueOf(720));
        add(styles, quote);
        add(styles, paragraph(CITATION, "Citation", null, 20, false, false, 0, 160));
    }

    /** The style of a heading of the level (1 the highest), the deepest one for anything deeper. */
    static String heading(int level) {
        return "Heading" + Math.max(1, Math.min(DEEPEST_HEADING, level));
    }

    /** A paragraph style; sizes in half-points, spacing in twentieths of a point. */
    private static CTStyle paragraph(String id, String name, Integer outlineLevel, int halfPoints, boolean bold,
            boolean italic, int before, int after) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(before));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(after));
        if (outlineLevel != null) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        if (italic) {
            run.addNewI();
        }
        return style;
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
