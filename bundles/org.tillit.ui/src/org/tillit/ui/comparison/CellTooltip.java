package org.tillit.ui.comparison;

import java.util.function.BiFunction;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Event;
import org.tillit.query.Cell;

/**
 * The tooltip of a comparison cell: all it counts (segments, documents, cases and their share of the
 * group's), and for a cell the respondent check flags, why it should not be read as the group's.
 */
final class CellTooltip extends NatTableContentTooltip {

    private final BiFunction<Integer, Integer, Cell> cells;

    /** @param cells the matrix cell at a body row and column index, or null */
    CellTooltip(NatTable table, BiFunction<Integer, Integer, Cell> cells) {
        super(table, GridRegion.BODY);
        this.cells = cells;
    }

    @Override
    protected String getText(Event event) {
        int column = natTable.getColumnPositionByX(event.x);
        int row = natTable.getRowPositionByY(event.y);
        ILayerCell layerCell = natTable.getCellByPosition(column, row);
        if (layerCell == null || !layerCell.getConfigLabels().hasLabel(GridRegion.BODY)) {
            return null;
        }
        Cell cell = cells.apply(natTable.getRowIndexByPosition(row), natTable.getColumnIndexByPosition(column));
        return cell == null ? null : text(cell);
    }

    /** What the tooltip says of a cell. */
    static String text(Cell cell) {
        String counts = NLS.bind(Messages.Tooltip_counts, new Object[] { cell.segments(), cell.documents(), cell.cases(),
                Measure.ROW_PERCENT.format(cell.casesPercent()) });
        return cell.flagged() ? counts + "\n" + NLS.bind(Messages.Tooltip_flag, cell.flag()) : counts;
    }
}
