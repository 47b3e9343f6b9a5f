package org.tillit.ui.chart;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.swt.SWTGraphics2D;
import org.tillit.charts.ChartExport;
import org.tillit.charts.ChartTexts;
import org.tillit.charts.ComparisonCharts;
import org.tillit.model.log.FailureLog;
import org.tillit.query.ComparisonMatrix.Percentages;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.Unit;
import org.tillit.ui.WidgetIds;

/**
 * A comparison matrix as a bar chart on an SWT canvas: JFreeChart paints through SWTGraphics2D in
 * the paint listener, at the canvas's size, so a resize redraws it to fit. A bar or a code label
 * tells its full code path and value as tooltip; the context menu saves the chart as PNG or SVG,
 * at the size shown.
 */
public final class ComparisonChart {

    private static final int MIN_EXPORT_WIDTH = 640;
    private static final int MIN_EXPORT_HEIGHT = 400;

    private final Canvas canvas;
    private final ChartRenderingInfo painted = new ChartRenderingInfo();
    private JFreeChart chart;

    public ComparisonChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        WidgetIds.tag(canvas, WidgetIds.COMPARISON_CHART);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.MouseMove, this::tooltipAt);
        canvas.setMenu(menu());
    }

    /** Shows the matrix in the unit and percentages given, the axis saying which. */
    public void show(ComparisonMatrix matrix, Unit unit, Percentages percentages) {
        chart = matrix.rows().isEmpty() || matrix.columns().isEmpty() ? null
                : ComparisonCharts.barChart(matrix, unit, percentages, ChartTexts.of(unit, percentages));
        canvas.setToolTipText(null);
        canvas.redraw();
    }

    /** The chart shown, or null when there is nothing to compare. */
    public JFreeChart chart() {
        return chart;
    }

    public void saveAsPng(Path file) throws IOException {
        Point size = exportSize();
        ChartExport.png(shown(), file, size.x, size.y);
    }

    public void saveAsSvg(Path file) throws IOException {
        Point size = exportSize();
        ChartExport.svg(shown(), file, size.x, size.y);
    }

    public Control control() {
        return canvas;
    }

    private JFreeChart shown() throws IOException {
        if (chart == null) {
            throw new IOException(Messages.Chart_nothing);
        }
        return chart;
    }

    /** The size shown, but not smaller than a readable figure (the view may be squeezed). */
    private Point exportSize() {
        Point size = canvas.getSize();
        return new Point(Math.max(MIN_EXPORT_WIDTH, size.x), Math.max(MIN_EXPORT_HEIGHT, size.y));
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (chart == null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            Point text = gc.textExtent(Messages.Chart_nothing);
            gc.drawText(Messages.Chart_nothing, (area.width - text.x) / 2, (area.height - text.y) / 2, true);
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        // SWTGraphics2D makes SWT colours and fonts for the AWT ones it is handed: dispose them with it.
        SWTGraphics2D graphics = new SWTGraphics2D(gc);
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, area.width, area.height), painted);
        } finally {
            graphics.dispose();
        }
    }

    private void tooltipAt(Event event) {
        ChartEntity entity = chart == null || painted.getEntityCollection() == null ? null
                : painted.getEntityCollection().getEntity(event.x, event.y);
        String tip = entity == null ? null : entity.getToolTipText();
        if (tip == null ? canvas.getToolTipText() != null : !tip.equals(canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    private Menu menu() {
        Menu menu = new Menu(canvas);
        MenuItem png = new MenuItem(menu, SWT.PUSH);
        png.setText(Messages.Chart_saveAsPng);
        png.addListener(SWT.Selection, e -> saveChosen("*.png", Messages.Chart_pngFiles, true));
        MenuItem svg = new MenuItem(menu, SWT.PUSH);
        svg.setText(Messages.Chart_saveAsSvg);
        svg.addListener(SWT.Selection, e -> saveChosen("*.svg", Messages.Chart_svgFiles, false));
        menu.addListener(SWT.Show, e -> {
            png.setEnabled(chart != null);
            svg.setEnabled(chart != null);
        });
        return menu;
    }

    private void saveChosen(String extension, String filterName, boolean asPng) {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setFilterNames(new String[] { filterName });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen.endsWith(extension.substring(1)) ? chosen : chosen + extension.substring(1));
        try {
            if (asPng) {
                saveAsPng(file);
            } else {
                saveAsSvg(file);
            }
        } catch (IOException e) {
            FailureLog.error(ComparisonChart.class, e.getMessage(), e);
            MessageDialog.openError(canvas.getShell(), Messages.Chart_saveFailedTitle, e.getMessage());
        }
    }
}
