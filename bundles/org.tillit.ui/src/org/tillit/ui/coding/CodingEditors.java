package org.tillit.ui.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.parts.CodingEditorPart;

/**
 * The open coding editors: one part per document (opening a document again shows its editor), the
 * editor the user coded in last (where a double-click in the Codebook view applies its code), and
 * the codes used lately, for "Code with" and "code again". Services are looked up in the
 * application's context when used, so this object outlives any part.
 */
@Creatable
@Singleton
public final class CodingEditors {

    public static final String DESCRIPTOR = "org.tillit.ui.partdescriptor.codingEditor";
    public static final String STACK = "org.tillit.app.stack.document";
    /** Persisted with the part: which document it shows. */
    public static final String DOCUMENT_GUID = "tillit.document.guid";
    /** Transient: the document object itself, when opened in this session. */
    public static final String DOCUMENT = "tillit.document";

    private static final int RECENT = 9;

    private final MApplication application;
    private final Deque<Code> recent = new ArrayDeque<>();
    private CodingEditorPart last;

    @Inject
    public CodingEditors(MApplication application) {
        this.application = application;
    }

    /** Shows the document's editor, opening one when there is none. */
    public CodingEditorPart open(Document document) {
        EPartService parts = partService();
        for (MPart part : parts.getParts()) {
            if (DESCRIPTOR.equals(part.getElementId()) && document.getGuid().equals(part.getPersistedState().get(DOCUMENT_GUID))) {
                parts.showPart(part, PartState.ACTIVATE);
                return (CodingEditorPart) part.getObject();
            }
        }
        MPart part = parts.createPart(DESCRIPTOR);
        part.setLabel(document.getName());
        part.setTooltip(document.getName());
        part.getPersistedState().put(DOCUMENT_GUID, document.getGuid());
        part.getTransientData().put(DOCUMENT, document);
        EModelService models = application.getContext().get(EModelService.class);
        if (models.find(STACK, application) instanceof MPartStack stack) {
            stack.getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
        return (CodingEditorPart) part.getObject();
    }

    /** Opens the document and selects the coding in it. */
    public void show(Coding coding) {
        open(coding.getDocument()).select(coding);
    }

    /** Opens a retrieved segment's document with its coding selected, if the coding is still there. */
    public void show(ProjectStore store, Segment segment) {
        Coding coding = store.read(p -> p.getDocuments().stream().filter(d -> d.getGuid().equals(segment.documentGuid()))
                .flatMap(d -> d.getCodings().stream()).filter(c -> c.getGuid().equals(segment.codingGuid())).findFirst()
                .orElse(null));
        if (coding != null) {
            show(coding);
        }
    }

    /** Opens the document and selects the text from {@code start} to {@code end} (code points, end exclusive). */
    public void show(Document document, int start, int end) {
        open(document).editor().selectText(start, end);
    }

    public void activated(CodingEditorPart editor) {
        last = editor;
    }

    public void closed(CodingEditorPart editor) {
        if (last == editor) {
            last = null;
        }
    }

    /** The editor the user worked in last, if it is still open. */
    public Optional<CodingEditorPart> current() {
        return Optional.ofNullable(last);
    }

    /** Every open coding editor. */
    public List<CodingEditorPart> all() {
        List<CodingEditorPart> open = new ArrayList<>();
        for (MPart part : partService().getParts()) {
            if (DESCRIPTOR.equals(part.getElementId()) && part.getObject() instanceof CodingEditorPart editor) {
                open.add(editor);
            }
        }
        return open;
    }

    /** The main window's part service: the application's own needs an active window, which tests may lack. */
    private EPartService partService() {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().get(0);
        return window.getContext().get(EPartService.class);
    }

    public void used(Code code) {
        recent.remove(code);
        recent.addFirst(code);
        while (recent.size() > RECENT) {
            recent.removeLast();
        }
    }

    /** The codes used lately in this project, most recent first. */
    public List<Code> recent(ProjectStore store) {
        return store.read(project -> {
            List<Code> inProject = CodeTree.allCodes(project.getCodebook());
            return recent.stream().filter(inProject::contains).filter(Code::isCodable).toList();
        });
    }
}
