package org.tillit.charts;

import org.eclipse.osgi.util.NLS;
import org.tillit.query.ComparisonMatrix.Percentages;
import org.tillit.query.Unit;

/**
 * The words on a chart: the axis of codes, the axis of values (which unit, counts or which
 * percentages) and the tooltip of a bar (full code path, group, value). Made from the UI language's
 * messages by {@link #of}; tests may pass their own.
 */
public record ChartTexts(String codeAxis, String valueAxis, String tooltip) {

    public static ChartTexts of(Unit unit, Percentages percentages) {
        String counted = switch (unit) {
            case SEGMENTS -> Messages.Chart_segments;
            case DOCUMENTS -> Messages.Chart_documents;
            case CASES -> Messages.Chart_cases;
            case CHARACTERS -> Messages.Chart_characters;
        };
        String values = switch (percentages) {
            case NONE -> counted;
            case ROW -> NLS.bind(Messages.Chart_percentOfRow, counted);
            case COLUMN -> NLS.bind(Messages.Chart_percentOfColumn, counted);
        };
        return new ChartTexts(Messages.Chart_codes, values, Messages.Chart_tooltip);
    }

    /** A bar's tooltip: the code's full path, its group and the value as the axis shows it. */
    String tooltip(String codePath, String group, String value) {
        return NLS.bind(tooltip, new Object[] { codePath, group, value });
    }
}
