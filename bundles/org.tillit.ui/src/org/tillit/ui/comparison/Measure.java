package org.tillit.ui.comparison;

import java.text.NumberFormat;
import java.util.Locale;

import org.tillit.query.ComparisonMatrix.Percentages;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.Unit;

/**
 * What a cell of the Comparison view shows of its unit: the count, a percentage of its row or its
 * column, or the count per case of the group (for groups of unequal size). Formatted in the
 * language of the user interface: counts as integers, percentages with one decimal, values per
 * case with two (most are below one).
 */
public enum Measure {
    COUNTS(0), ROW_PERCENT(1), COLUMN_PERCENT(1), PER_CASE(2);

    /** Shown for a value per case of a group without cases. */
    static final String NO_VALUE = "–";

    private final int decimals;

    Measure(int decimals) {
        this.decimals = decimals;
    }

    /** Every cell's value, rows by columns; NaN per case of a group without cases. */
    public double[][] values(ComparisonMatrix matrix, Unit unit) {
        return switch (this) {
            case COUNTS -> matrix.values(unit, Percentages.NONE);
            case ROW_PERCENT -> matrix.values(unit, Percentages.ROW);
            case COLUMN_PERCENT -> matrix.values(unit, Percentages.COLUMN);
            case PER_CASE -> perCase(matrix, unit);
        };
    }

    private static double[][] perCase(ComparisonMatrix matrix, Unit unit) {
        double[][] values = new double[matrix.rows().size()][matrix.columns().size()];
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                values[r][c] = matrix.perCase(r, c, unit);
            }
        }
        return values;
    }

    /** How a chart takes its values in this measure: per case it draws the counts, as the axis says. */
    public Percentages percentages() {
        return switch (this) {
            case ROW_PERCENT -> Percentages.ROW;
            case COLUMN_PERCENT -> Percentages.COLUMN;
            default -> Percentages.NONE;
        };
    }

    /** The value as the user interface's language writes numbers. */
    public String format(double value) {
        return format(value, Locale.getDefault(Locale.Category.FORMAT));
    }

    public String format(double value, Locale locale) {
        if (Double.isNaN(value)) {
            return NO_VALUE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    public String label() {
        return switch (this) {
            case COUNTS -> Messages.Measure_counts;
            case ROW_PERCENT -> Messages.Measure_rowPercent;
            case COLUMN_PERCENT -> Messages.Measure_columnPercent;
            case PER_CASE -> Messages.Measure_perCase;
        };
    }
}
