package org.tillit.ui.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.VerifyEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.tillit.model.Code;
import org.tillit.model.coding.CodingSpan;
import org.tillit.model.coding.LaneLayout;
import org.tillit.model.text.TextDifference;
import org.tillit.model.text.TextRange;
import org.tillit.model.text.WordSnap;
import org.tillit.ui.WidgetIds;

/**
 * The widgets of a coding editor: a title line, the document's text (read-only, wrapped) on JFace
 * Text's {@link SourceViewer}, with line numbers as stored and the coding lanes on the left and
 * the overview ruler on the right. Highlights are styled per painted line from the interval index
 * ({@link CodingStyles}); after a change only the lines of the codings that changed are restyled.
 * Positions in and out are code points.
 */
public final class CodingEditor {

    /** What the editor asks of whoever owns it: the user's coding actions. */
    public interface Actions {
        void quickCode();

        void removeSelectedCoding();

        void codingSelected(CodingSpan span);

        void fillContextMenu(MenuManager menu);

        /** The choices of which codes are highlighted: all, a code set, a group of codes. */
        void fillHighlightMenu(MenuManager menu);

        /** The choices of whose codings are shown: every coder's, one coder's, two side by side. */
        void fillCoderMenu(MenuManager menu);

        /** A code from the Codebook view was dropped on the text. */
        void codeDropped(Code code);

        /** In vivo: a new code from the selected words. */
        void inVivo();

        /** In edit mode the user typed, deleted or pasted: [start, end) in code points becomes the text. */
        void textEdited(int start, int end, String replacement);

        /** An end of a coding's lane was dragged: new ends in code points. */
        void resize(CodingSpan coding, int start, int end);
    }

    private final EditorHeader header;
    private final SourceViewer viewer;
    private final StyledText text;
    private final CodeColors colors = new CodeColors();
    private final CodingStyles styles;
    private final CodingLanes lanes;
    /** The second coder's lanes when two are side by side; otherwise hidden. */
    private final CodingLanes secondLanes;
    private final CodingOverview overview;
    private final Actions actions;
    private final FindBar find;
    /** True while the editor itself puts a stored change into the widget: not a user's edit. */
    private boolean applyingStoredText;
    /** Every coding of the document, and what the filter lets through: what is drawn. */
    private EditorContent content;
    private EditorContent shown;
    private Predicate<Code> filter = code -> true;
    private CoderDisplay coders = CoderDisplay.ALL;
    private CodingSpan selected;

    public CodingEditor(Composite parent, Function<CodingSpan, String> labels, Function<CodingSpan, String> descriptions,
            Actions actions) {
        this.actions = actions;
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.horizontalSpacing = 0;
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        header = new EditorHeader(body, this::setEditing, actions::fillCoderMenu, actions::fillHighlightMenu);

        CompositeRuler ruler = new CompositeRuler();
        viewer = new SourceViewer(body, ruler, null, false, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        viewer.setEditable(false);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text = WidgetIds.tag(viewer.getTextWidget(), WidgetIds.DOCUMENT_TEXT);
        text.setMargins(10, 0, 12, 0); // a top margin stops JFace from painting the line numbers
        text.setLineSpacing(3);
        overview = new CodingOverview(body, colors, text);
        find = new FindBar(body, viewer);
        find.control().moveAbove(viewer.getControl());
        styles = new CodingStyles(colors, text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        text.addLineStyleListener(styles);
        LineNumberRulerColumn lineNumbers = new LineNumberRulerColumn();
        lineNumbers.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        ruler.addDecorator(0, lineNumbers);
        lanes = new CodingLanes(colors, text, labels, descriptions, this::laneClicked, actions::resize,
                WidgetIds.CODING_LANES);
        ruler.addDecorator(1, lanes);
        secondLanes = new CodingLanes(colors, text, labels, descriptions, this::laneClicked, actions::resize,
                WidgetIds.CODING_LANES_SECOND);
        ruler.addDecorator(2, secondLanes);
        secondLanes.group(null, false);
        viewer.setHoverControlCreator(CodingHoverControl::new);
        viewer.setTextHover(new CodingHover(() -> shown, descriptions), IDocument.DEFAULT_CONTENT_TYPE);
        installKeys();
        installMenu();
        CodingDragAndDrop.attach(text, this::selectedText, actions::codeDropped);
        // Scrolling and resizing move the lanes with the text.
        text.addListener(SWT.Paint, e -> {
            lanes.redraw();
            secondLanes.redraw();
        });
        viewer.addViewportListener(top -> overview.redraw());
        show(header.title(), null);
    }

    /** Shows a document: its text and every coding. */
    public void show(String heading, EditorContent newContent) {
        header.title(heading);
        this.content = newContent;
        this.shown = newContent == null ? null : visible(newContent);
        this.selected = null;
        org.eclipse.jface.text.Document document = new org.eclipse.jface.text.Document(
                newContent == null ? "" : newContent.text());
        styles.show(shown);
        viewer.setDocument(document);
        if (newContent != null) {
            showCodings();
        }
    }

    /** The codings changed: restyles only the lines of the codings that came, went or moved. */
    public void codingsChanged(EditorContent newContent) {
        Set<CodingSpan> before = new HashSet<>(content.codings().all());
        Set<CodingSpan> after = new HashSet<>(newContent.codings().all());
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (CodingSpan span : symmetricDifference(before, after)) {
            from = Math.min(from, span.start());
            to = Math.max(to, span.end());
        }
        this.content = newContent;
        this.shown = visible(newContent);
        styles.show(shown);
        if (selected != null && !after.contains(selected)) {
            selected = newContent.codings().all().stream().filter(s -> s.coding() == selected.coding()).findFirst()
                    .orElse(null);
            selectLane(selected);
        }
        showCodings();
        if (to >= 0) {
            int start = newContent.positions().toUtf16(Math.min(from, newContent.length()));
            int end = newContent.positions().toUtf16(Math.min(to, newContent.length()));
            text.redrawRange(start, Math.max(0, end - start), true);
        }
    }

    /** The codebook changed (colours, labels): everything visible is drawn again. */
    public void codebookChanged() {
        if (content != null) {
            text.redrawRange(0, text.getCharCount(), true);
            lanes.redraw();
            secondLanes.redraw();
        }
    }

    public EditorContent content() {
        return content;
    }

    /** What a drag from the text carries: the selected range of the document, or null. */
    private SelectedText selectedText() {
        int[] range = selection();
        return content == null || range.length < 2 ? null : new SelectedText(content.document(), range[0], range[1]);
    }

    /** The selected text in code points, [start, end); empty when nothing is selected. */
    public int[] selection() {
        Point range = text.getSelectionRange();
        if (content == null || range.y == 0) {
            return new int[0];
        }
        return new int[] { content.positions().toCodePoint(range.x), content.positions().toCodePoint(range.x + range.y) };
    }

    public int caret() {
        return content == null ? 0 : content.positions().toCodePoint(text.getCaretOffset());
    }

    /** Selects a coding: its text is selected and shown, its lane marked. */
    public void select(CodingSpan span) {
        selected = span;
        selectLane(span);
        if (span != null) {
            int start = content.positions().toUtf16(span.start());
            int end = content.positions().toUtf16(span.end());
            viewer.setSelectedRange(start, end - start);
            viewer.revealRange(start, end - start);
        }
    }

    public void selectText(int start, int end) {
        int from = content.positions().toUtf16(start);
        int to = content.positions().toUtf16(end);
        viewer.setSelectedRange(from, to - from);
        viewer.revealRange(from, to - from);
    }

    public CodingSpan selectedCoding() {
        return selected;
    }

    /** The codings under the caret (or the selection's start), the most specific first. */
    public List<CodingSpan> codingsAtCaret() {
        if (content == null) {
            return List.of();
        }
        int[] range = selection();
        return shown.codings().at(range.length == 0 ? caret() : range[0]);
    }

    /** Dims the interviewer's turns, so the respondents' answers stand out. */
    public void dimInterviewer(boolean dim) {
        styles.dimInterviewer(dim);
        text.redrawRange(0, text.getCharCount(), true); // drops the cached line styles
    }

    public StyledText textWidget() {
        return text;
    }

    /** How many lanes the margin lays the shown codings in. */
    public int laneCount() {
        return lanes.laneCount();
    }

    /** The codings drawn in the margin now (both coders' when two are side by side). */
    public List<CodingSpan> visibleLaneCodings() {
        List<CodingSpan> drawn = new ArrayList<>(lanes.visibleCodings());
        drawn.addAll(secondLanes.visibleCodings());
        return drawn;
    }

    private void selectLane(CodingSpan span) {
        lanes.select(span);
        secondLanes.select(span);
    }

    /** What is drawn of a document's codings: the codes the highlight filter keeps, of the coders shown. */
    private EditorContent visible(EditorContent all) {
        return all.showingOnly(span -> filter.test(span.code()) && coders.keeps(span));
    }

    public void setFocus() {
        text.setFocus();
    }

    private void showCodings() {
        if (coders.isSideBySide()) {
            showLanes(lanes, coders.coders().get(0));
            showLanes(secondLanes, coders.coders().get(1));
        } else {
            lanes.show(shown, LaneLayout.of(shown.codings()));
        }
        overview.show(shown);
    }

    /** One coder's codings in a group of lanes of their own. */
    private void showLanes(CodingLanes group, String coder) {
        EditorContent theirs = shown.showingOnly(span -> coder.equals(span.coder()));
        group.show(theirs, LaneLayout.of(theirs.codings()));
    }

    /** Shows every coder's codings, one coder's, or two coders' side by side in lane groups of their own. */
    public void showCoders(String label, CoderDisplay display) {
        this.coders = display;
        header.codersShown(label);
        lanes.group(display.isSideBySide() ? display.coders().get(0) : null, true);
        secondLanes.group(display.isSideBySide() ? display.coders().get(1) : null, display.isSideBySide());
        drawAgain();
    }

    public CoderDisplay coders() {
        return coders;
    }

    /** Highlights only the codes the filter keeps, in the text, the lanes and the overview. */
    public void showOnly(String label, Predicate<Code> codes) {
        this.filter = codes;
        header.codesShown(label);
        drawAgain();
    }

    /** What is shown was chosen anew: the text, the lanes and the overview drawn again. */
    private void drawAgain() {
        if (content != null) {
            shown = visible(content);
            styles.show(shown);
            showCodings();
            text.redrawRange(0, text.getCharCount(), true);
        }
    }

    public void openFindBar() {
        find.open();
    }

    /**
     * Selects the coding after (or before) the selected one, or the caret; with sameCode only
     * codings of the selected coding's code. Only highlighted codings count.
     */
    public void selectNextCoding(boolean forward, boolean sameCode) {
        if (shown == null) {
            return;
        }
        CodingSpan next = CodingSteps.next(shown.codings().all(), selected, caret(), forward, sameCode);
        if (next == null) {
            text.getDisplay().beep();
        } else {
            select(next);
            actions.codingSelected(next);
        }
    }

    private void laneClicked(CodingSpan span) {
        select(span);
        actions.codingSelected(span);
    }

    private void installKeys() {
        text.addListener(SWT.KeyDown, this::keyPressed);
        viewer.setEventConsumer(this::editedByUser);
        text.addListener(SWT.MouseUp, this::snapToWords);
    }

    /**
     * In edit mode the viewer does not change the text itself (its event consumer says no): the edit
     * becomes one undoable command, and the stored result comes back through {@link #textChanged},
     * as an undo or redo of it does.
     */
    private void editedByUser(VerifyEvent e) {
        if (applyingStoredText || content == null || !isEditing()) {
            return;
        }
        e.doit = false;
        actions.textEdited(content.positions().toCodePoint(e.start), content.positions().toCodePoint(e.end), e.text);
    }

    /**
     * The document's text changed in the store (an edit here, its undo or redo, a replace in all
     * documents): only the part that differs is replaced in the widget, so caret and scrolling stay.
     */
    public void textChanged(EditorContent newContent) {
        String old = content.text();
        String now = newContent.text();
        TextDifference changed = TextDifference.between(old, now);
        int caret = text.getCaretOffset();
        applyingStoredText = true;
        try {
            viewer.getDocument().replace(changed.start(), changed.oldLength(), changed.replacement());
        } catch (org.eclipse.jface.text.BadLocationException e) {
            throw new IllegalStateException(e); // the widget and the store disagree: a bug, not bad input
        } finally {
            applyingStoredText = false;
        }
        content = newContent;
        shown = visible(newContent);
        selected = null;
        selectLane(null);
        styles.show(shown);
        showCodings();
        text.redrawRange(0, text.getCharCount(), true);
        int newCaret = caret <= changed.start() ? caret : Math.min(now.length(), caret + now.length() - old.length());
        text.setCaretOffset(Math.max(0, newCaret));
    }

    public boolean isEditing() {
        return header.isEditing();
    }

    /** Edit mode on or off: only then can the text be typed in. */
    public void setEditing(boolean on) {
        header.editing(on);
        viewer.setEditable(on);
    }

    /** A selection made with the mouse takes whole words, unless Alt is held (for an exact range). */
    private void snapToWords(Event e) {
        int[] range = selection();
        if (content == null || range.length < 2 || e.button != 1 || (e.stateMask & SWT.MOD3) != 0) {
            return;
        }
        TextRange snapped = WordSnap.snap(content.text(), range[0], range[1]);
        if (!snapped.isEmpty() && (snapped.start() != range[0] || snapped.end() != range[1])) {
            selectText(snapped.start(), snapped.end());
        }
    }

    /** Plain keys of the read-only text; keys with Ctrl are e4 key bindings (they never reach the widget). */
    private void keyPressed(Event e) {
        if (isEditing()) {
            return; // letters are typed into the text
        }
        if (e.stateMask == 0 && (e.character == 'c' || e.character == 'k')) {
            actions.quickCode();
            e.doit = false;
        } else if (e.stateMask == 0 && e.character == 'v') {
            actions.inVivo();
            e.doit = false;
        } else if (e.keyCode == SWT.DEL && selected != null) {
            actions.removeSelectedCoding();
            e.doit = false;
        }
    }

    private void installMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> actions.fillContextMenu(menu));
        text.setMenu(menu.createContextMenu(text));
    }

    private static Set<CodingSpan> symmetricDifference(Set<CodingSpan> a, Set<CodingSpan> b) {
        Set<CodingSpan> result = new HashSet<>(a);
        result.removeAll(b);
        for (CodingSpan span : b) {
            if (!a.contains(span)) {
                result.add(span);
            }
        }
        return result;
    }
}
