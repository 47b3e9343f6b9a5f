package org.tillit.ui.benchmarks;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.tillit.model.Code;
import org.tillit.model.Document;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.model.coding.CodingSpan;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.ui.coding.CodingEditor;
import org.tillit.ui.coding.EditorContent;

/**
 * A shell of typical size holding a coding editor, as the part builds it, and the means to wait
 * for its paint: {@link #awaitTextPaint()} returns once the text widget has painted.
 */
final class EditorWindow implements AutoCloseable {

    static final int WIDTH = 900;
    static final int HEIGHT = 900;
    private static final int PAINT_TIMEOUT_MS = 10_000;
    /** Paints at most this wide are the caret blinking, not the text. */
    private static final int CARET_WIDTH = 4;

    private final Display display;
    private final Shell shell;
    private final CodingEditor editor;
    private int textPaints;

    EditorWindow(Display display) {
        this.display = display;
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        editor = new CodingEditor(shell, span -> Labels.label(span.code(), Language.EN), EditorWindow::describe,
                new NoActions());
        editor.textWidget().addListener(SWT.Paint, e -> textPaints += e.width > CARET_WIDTH ? 1 : 0);
        shell.setSize(WIDTH, HEIGHT);
        shell.open();
        settle();
    }

    CodingEditor editor() {
        return editor;
    }

    StyledText text() {
        return editor.textWidget();
    }

    /** Reads the document and shows it, until its text has been painted: what opening costs the user. */
    void open(ProjectStore store, Document document) throws ProjectStoreException {
        editor.show(document.getName(), EditorContent.read(store, document));
        if (!awaitTextPaint()) {
            throw new IllegalStateException("the text was not painted within 10 s of opening " + document.getName());
        }
    }

    /**
     * Runs the event loop until the text has been painted (not the lanes and the overview, which
     * follow in later events); false if no paint came within 10 s. {@code update()} alone does not
     * do: on GTK 3 it returns before the paint, which comes with GTK's next frame.
     */
    boolean awaitTextPaint() {
        int before = textPaints;
        text().update();
        boolean[] timedOut = { false };
        Runnable timeout = () -> timedOut[0] = true;
        display.timerExec(PAINT_TIMEOUT_MS, timeout);
        while (textPaints == before && !timedOut[0]) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.timerExec(-1, timeout);
        return textPaints != before;
    }

    /** Lets the event loop run with nothing to do for a while, as between a user's keystrokes. */
    void pause(int milliseconds) {
        boolean[] over = { false };
        display.timerExec(milliseconds, () -> over[0] = true);
        while (!over[0]) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    /** Handles every pending event (the lanes' and the overview's paints among them), untimed or timed apart. */
    void settle() {
        while (display.readAndDispatch()) {
            // until idle
        }
    }

    @Override
    public void close() {
        shell.dispose();
        settle();
    }

    private static String describe(CodingSpan span) {
        return Labels.label(span.code(), Language.EN) + " " + span.start() + "-" + span.end();
    }

    /** The benchmark drives the editor directly: the user's coding actions do nothing here. */
    private static final class NoActions implements CodingEditor.Actions {
        @Override
        public void quickCode() {
            // not used
        }

        @Override
        public void removeSelectedCoding() {
            // not used
        }

        @Override
        public void codingSelected(CodingSpan span) {
            // not used
        }

        @Override
        public void fillContextMenu(MenuManager menu) {
            // not used
        }

        @Override
        public void fillHighlightMenu(MenuManager menu) {
            // not used
        }

        @Override
        public void fillCoderMenu(MenuManager menu) {
            // not used
        }

        @Override
        public void codeDropped(Code code) {
            // not used
        }

        @Override
        public void inVivo() {
            // not used
        }

        @Override
        public void textEdited(int start, int end, String replacement) {
            // not used
        }

        @Override
        public void resize(CodingSpan coding, int start, int end) {
            // not used
        }
    }
}
