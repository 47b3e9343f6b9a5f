package org.tillit.ui.comparison;

import org.tillit.query.ComparisonMatrix;
import org.tillit.query.Unit;

/**
 * A computed comparison as the view shows it: the matrix with the unit and the measure chosen. What
 * the heat map paints, and what a further view of the same comparison (a chart) reads.
 */
public final class ComparisonResult {

    private final ComparisonMatrix matrix;
    private final Unit unit;
    private final Measure measure;
    /** The largest value of the table (0 for an empty one), which the darkest shade stands for. */
    private final double max;

    public ComparisonResult(ComparisonMatrix matrix, Unit unit, Measure measure) {
        this.matrix = matrix;
        this.unit = unit;
        this.measure = measure;
        double largest = 0;
        for (int r = 0; r < matrix.rows().size(); r++) {
            for (int c = 0; c < matrix.columns().size(); c++) {
                largest = Math.max(largest, Double.isNaN(value(r, c)) ? 0 : value(r, c));
            }
        }
        this.max = largest;
    }

    public ComparisonMatrix matrix() {
        return matrix;
    }

    public Unit unit() {
        return unit;
    }

    public Measure measure() {
        return measure;
    }

    public double max() {
        return max;
    }

    public double value(int row, int column) {
        return measure.value(matrix, row, column, unit);
    }

    public String formatted(int row, int column) {
        return measure.format(value(row, column));
    }

    public int heatLevel(int row, int column) {
        return HeatScale.level(value(row, column), max);
    }
}
