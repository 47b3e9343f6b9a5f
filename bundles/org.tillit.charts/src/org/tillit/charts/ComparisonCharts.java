package org.tillit.charts;

import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tillit.query.ComparisonMatrix.Percentages;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.Unit;

/**
 * A {@link ComparisonMatrix} as a JFreeChart bar chart, without SWT, so the chart on screen and
 * the exported files are the same object: one category per code (its short path), one series per
 * group that has documents, the values in the unit and percentages asked for. Bars run
 * horizontally, so long code labels stay readable however many codes there are.
 */
public final class ComparisonCharts {

    private ComparisonCharts() {
    }

    /** A category: a code (its guid makes it one, even where two codes share a path), shown by its short label. */
    public record CodeCategory(String guid, String path, String label) implements Comparable<CodeCategory> {

        @Override
        public int compareTo(CodeCategory other) {
            return guid.compareTo(other.guid);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof CodeCategory code && code.guid.equals(guid);
        }

        @Override
        public int hashCode() {
            return guid.hashCode();
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static JFreeChart barChart(ComparisonMatrix matrix, Unit unit, Percentages percentages, ChartTexts texts) {
        DefaultCategoryDataset dataset = dataset(matrix, unit, percentages);
        CategoryAxis codes = new CategoryAxis(texts.codeAxis());
        NumberAxis values = new NumberAxis(texts.valueAxis());
        NumberFormat format = format(percentages);
        values.setNumberFormatOverride(format);
        if (percentages == Percentages.NONE) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        } else {
            values.setUpperBound(100);
        }
        BarRenderer bars = new BarRenderer();
        bars.setDefaultToolTipGenerator((data, row, column) -> texts.tooltip(((CodeCategory) data.getColumnKey(column)).path(),
                String.valueOf(data.getRowKey(row)), format.format(data.getValue(row, column))));
        CategoryPlot plot = new CategoryPlot(dataset, codes, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        for (int column = 0; column < dataset.getColumnCount(); column++) {
            CodeCategory code = (CodeCategory) dataset.getColumnKey(column);
            codes.addCategoryLabelToolTip(code, code.path());
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, plot, bars);
        return chart;
    }

    /**
     * The bar chart as PNG bytes for a document that embeds it (the export takes bytes, so it
     * needs no JFreeChart of its own): laid out at width x height, drawn at {@code scale} times that.
     */
    public static byte[] png(ComparisonMatrix matrix, Unit unit, Percentages percentages, int width, int height,
            int scale) {
        return ChartExport.png(barChart(matrix, unit, percentages, ChartTexts.of(unit, percentages)), width, height, scale);
    }

    /** Rows of the dataset are the groups (series), columns the codes (categories). */
    static DefaultCategoryDataset dataset(ComparisonMatrix matrix, Unit unit, Percentages percentages) {
        List<String> paths = matrix.rows().stream().map(ComparisonMatrix.Row::codePath).toList();
        List<String> labels = ShortCodePaths.of(paths);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int c = 0; c < matrix.columns().size(); c++) {
            if (matrix.columns().get(c).documents() == 0) {
                continue; // a value no document has (Politiker in a study of managers): bars of nothing
            }
            String group = matrix.columns().get(c).label();
            for (int r = 0; r < matrix.rows().size(); r++) {
                CodeCategory code = new CodeCategory(matrix.rows().get(r).codeGuid(), paths.get(r), labels.get(r));
                dataset.addValue(matrix.value(r, c, unit, percentages), group, code);
            }
        }
        return dataset;
    }

    private static NumberFormat format(Percentages percentages) {
        if (percentages != Percentages.NONE) {
            NumberFormat percent = NumberFormat.getNumberInstance();
            percent.setMaximumFractionDigits(1);
            return percent;
        }
        return NumberFormat.getIntegerInstance();
    }
}
