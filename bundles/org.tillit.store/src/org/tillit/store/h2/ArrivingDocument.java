package org.tillit.store.h2;

import java.util.Date;
import java.util.UUID;

import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.model.text.TextPositions;
import org.tillit.store.NewDocument;

/** A newly imported document as the model will hold it, with the case of its own it gets. */
record ArrivingDocument(NewDocument input, Document document, Case ownCase) {

    /** Builds the model objects (not yet in the project); lines, paragraphs and turns derived once. */
    static ArrivingDocument of(NewDocument input) {
        Document document = TillitFactory.eINSTANCE.createDocument();
        document.setGuid(input.guid() == null ? UUID.randomUUID().toString() : input.guid());
        document.setName(input.name());
        document.setOriginalFileName(input.original().toString());
        document.setFormat(input.format());
        document.setSha256(input.sha256());
        document.setLength(TextPositions.codePointLength(input.plainText()));
        document.setImported(input.imported() == null ? new Date() : Date.from(input.imported()));
        document.getMetadata().putAll(input.metadata());
        StructureTable.derive(document, input.plainText());
        Case ownCase = TillitFactory.eINSTANCE.createCase();
        ownCase.setGuid(UUID.randomUUID().toString());
        ownCase.setName(caseName(input.name()));
        return new ArrivingDocument(input, document, ownCase);
    }

    /** A case is named after its respondent's file: "Intervju 3 chef.docx" becomes "Intervju 3 chef". */
    private static String caseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
