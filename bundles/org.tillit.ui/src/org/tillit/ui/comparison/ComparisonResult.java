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
    /** Every cell's value, computed once: a cell is read at every paint. */
    private final double[][] values;
    /** The largest value of the table (0 for an empty one), which the darkest shade stands for. */
    private final double max;

    public ComparisonResult(ComparisonMatrix matrix, Unit unit, Measure measure) {
        this.matrix = matrix;
        this.unit = unit;
        this.measure = measure;
        this.values = measure.values(matrix, unit);
        double largest = 0;
        for (double[] row : values) {
            for (double value : row) {
                largest = Double.isNaN(value) ? largest : Math.max(largest, value);
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
        return values[row][column];
    }

    public String formatted(int row, int column) {
        return measure.format(value(row, column));
    }

    public int heatLevel(int row, int column) {
        return HeatScale.level(value(row, column), max);
    }
}
