package org.tillit.ui.retrieval;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tillit.model.Code;
import org.tillit.query.ContextSpec;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.widgets.CoderFilter;
import org.tillit.ui.l10n.Messages;

/**
 * The rows above the table: the code shown (the one selected in the Codebook view), with its
 * sub-codes or not, the text the segments must contain, whose codings, the respondents' turns only,
 * a condition on the attributes (as {@code --where} states it: {@code Roll = chef AND Intervjuår >=
 * 2020}), the context to read them in, and how many segments there are. Any change asks for the
 * segments again.
 */
public final class RetrievalControls {

    /** Characters on each side for the "characters" context. */
    static final int CONTEXT_CHARACTERS = 200;

    private static final List<ContextSpec> CONTEXTS = List.of(ContextSpec.NONE,
            ContextSpec.characters(CONTEXT_CHARACTERS), ContextSpec.PARAGRAPH, ContextSpec.TURN);

    private final Label code;
    private final Button withSubcodes;
    private final Text filter;
    private final CoderFilter coder;
    private final Combo context;
    private final Button respondentsOnly;
    private final Text where;
    private final Label count;
    private Code chosen;
    private String chosenPath;

    /** @param onPickCode opens the code picker: a code can be chosen without the Codebook view */
    public RetrievalControls(Composite parent, Consumer<RetrievalQuery> onChange, Runnable onPickCode) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(4, false);
        layout.marginHeight = 2;
        layout.verticalSpacing = 2;
        row.setLayout(layout);
        code = WidgetIds.tag(new Label(row, SWT.NONE), WidgetIds.RETRIEVAL_CODE);
        code.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        code.setText(Messages.Retrieval_chooseCode);
        Button pick = WidgetIds.tag(new Button(row, SWT.PUSH), WidgetIds.RETRIEVAL_CHOOSE_CODE);
        pick.setText(org.tillit.ui.results.Messages.Retrieval_pickCode);
        pick.setToolTipText(org.tillit.ui.results.Messages.Retrieval_pickCodeTooltip);
        pick.addListener(SWT.Selection, e -> onPickCode.run());
        count = WidgetIds.tag(new Label(row, SWT.RIGHT), WidgetIds.RETRIEVAL_COUNT);
        GridData countData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        countData.widthHint = 110;
        count.setLayoutData(countData);
        withSubcodes = WidgetIds.tag(new Button(row, SWT.CHECK), WidgetIds.RETRIEVAL_SUBCODES);
        withSubcodes.setText(Messages.Retrieval_withSubcodes);
        filter = WidgetIds.tag(new Text(row, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH), WidgetIds.RETRIEVAL_FILTER);
        filter.setMessage(Messages.Retrieval_textContains);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        coder = new CoderFilter(row, WidgetIds.RETRIEVAL_CODER, () -> onChange.accept(query()));
        coder.control().setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        new Label(row, SWT.NONE).setText(Messages.Retrieval_context);
        context = WidgetIds.tag(new Combo(row, SWT.READ_ONLY), WidgetIds.RETRIEVAL_CONTEXT_KIND);
        context.setItems(Messages.Retrieval_contextNone, NLS.bind(Messages.Retrieval_contextCharacters, CONTEXT_CHARACTERS),
                Messages.Retrieval_contextParagraph, Messages.Retrieval_contextTurn);
        context.select(CONTEXTS.indexOf(ContextSpec.TURN));
        respondentsOnly = WidgetIds.tag(new Button(row, SWT.CHECK), WidgetIds.RETRIEVAL_RESPONDENTS);
        respondentsOnly.setText(Messages.Retrieval_respondentsOnly);
        respondentsOnly.setToolTipText(Messages.Retrieval_respondentsOnlyTooltip);
        where = WidgetIds.tag(new Text(row, SWT.SEARCH | SWT.ICON_CANCEL), WidgetIds.RETRIEVAL_WHERE);
        where.setMessage(Messages.Retrieval_where);
        where.setToolTipText(Messages.Retrieval_whereTooltip);
        where.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        withSubcodes.addListener(SWT.Selection, e -> onChange.accept(query()));
        respondentsOnly.addListener(SWT.Selection, e -> onChange.accept(query()));
        where.addListener(SWT.Modify, e -> onChange.accept(query()));
        filter.addListener(SWT.Modify, e -> onChange.accept(query()));
        context.addListener(SWT.Selection, e -> onChange.accept(query()));
    }

    /** The code to retrieve, with its path as shown (null: none). */
    public void choose(Code shown, String path) {
        chosen = shown;
        chosenPath = path;
        code.setText(shown == null ? Messages.Retrieval_chooseCode : NLS.bind(Messages.Retrieval_codeChosen, path));
        code.getParent().layout();
    }

    public Code chosen() {
        return chosen;
    }

    public String chosenPath() {
        return chosenPath;
    }

    public RetrievalQuery query() {
        return new RetrievalQuery(chosen, withSubcodes.getSelection(), filter.getText(), coder.chosen(),
                respondentsOnly.getSelection(), where.getText(), CONTEXTS.get(Math.max(0, context.getSelectionIndex())));
    }

    /** The project's coders, by name, to choose among. */
    public void offerCoders(List<String> names) {
        coder.offer(names);
    }

    public void showCount(int segments) {
        count.setText(NLS.bind(segments == 1 ? Messages.Retrieval_countOne : Messages.Retrieval_count, segments));
        count.setToolTipText(null);
        where.setToolTipText(Messages.Retrieval_whereTooltip);
    }

    /** While the segments are being retrieved in the background. */
    public void showRetrieving() {
        count.setText(org.tillit.ui.results.Messages.Retrieval_retrieving);
    }

    /** A condition that does not parse: said beside the count and, whole, on the condition's field. */
    public void showBadCondition(String problem) {
        count.setText(Messages.Retrieval_badCondition);
        count.setToolTipText(problem);
        where.setToolTipText(problem);
    }

    public void showFailure(String reason) {
        count.setText(org.tillit.ui.results.Messages.Retrieval_failed);
        count.setToolTipText(reason);
    }
}
