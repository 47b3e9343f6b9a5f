package org.tillit.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;

/**
 * How Tillit's charts look: a colour-blind-safe palette that also prints apart in grey (Okabe and
 * Ito), flat bars, text sizes readable on screen and in an article, a white background with light
 * grid lines. JFreeChart's defaults are gradients, small text and a grey plot.
 */
final class ChartStyle {

    /** Okabe–Ito, in the order that keeps neighbouring series far apart in lightness. */
    static final Color[] PALETTE = { new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000) };

    private static final String FAMILY = Font.SANS_SERIF;
    private static final Font TICKS = new Font(FAMILY, Font.PLAIN, 12);
    private static final Font AXIS = new Font(FAMILY, Font.BOLD, 13);
    private static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 12);
    private static final Color TEXT = new Color(0x222222);
    private static final Color GRID = new Color(0xD0D0D0);

    private ChartStyle() {
    }

    static Paint series(int index) {
        return PALETTE[index % PALETTE.length];
    }

    static void apply(JFreeChart chart, CategoryPlot plot, BarRenderer bars) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        axis(plot.getDomainAxis());
        axis(plot.getRangeAxis());
        CategoryAxis codes = plot.getDomainAxis();
        codes.setCategoryMargin(0.2);
        codes.setMaximumCategoryLabelLines(2);
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.04);
        bars.setMaximumBarWidth(0.12);
        for (int series = 0; series < plot.getDataset().getRowCount(); series++) {
            bars.setSeriesPaint(series, series(series));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setItemPaint(TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
    }

    private static void axis(Axis axis) {
        axis.setLabelFont(AXIS);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICKS);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(GRID);
        if (axis instanceof ValueAxis values) {
            values.setTickMarkPaint(GRID);
        }
    }
}
