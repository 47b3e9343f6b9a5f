package org.tillit.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * The project as an export saw it: how many documents, codes and codings it had, and a hash of
 * what a result depends on (each document's text, each code's place and labels, each coding's code,
 * coder and span), so that replaying an export can say whether anything changed since.
 */
public record ProjectState(String name, int documents, int codes, int codings, String contentHash) {

    public static ProjectState of(ProjectStore store) throws ProjectStoreException {
        MessageDigest digest = sha256();
        List<Document> documents = store.read(project -> {
            List<Document> sorted = new ArrayList<>(project.getDocuments());
            sorted.sort(Comparator.comparing(Document::getGuid));
            return sorted;
        });
        for (Document document : documents) {
            feed(digest, "d", document.getGuid(), store.text(document));
        }
        return store.read(project -> {
            int codings = 0;
            for (Document document : documents) {
                List<Coding> coded = new ArrayList<>(document.getCodings());
                coded.sort(Comparator.comparing(Coding::getGuid));
                for (Coding coding : coded) {
                    feed(digest, "c", coding.getGuid(), coding.getCode() == null ? "" : coding.getCode().getGuid(),
                            coding.getCoder() == null ? "" : coding.getCoder().getName(),
                            coding.getStart() + "-" + coding.getEnd());
                }
                codings += coded.size();
            }
            List<Code> codes = CodeTree.allCodes(project.getCodebook());
            for (Code code : codes) {
                feed(digest, "k", code.getGuid(), code.getParent() == null ? "" : code.getParent().getGuid(),
                        code.getLabelSv(), code.getLabelEn());
            }
            return new ProjectState(project.getName(), documents.size(), codes.size(), codings,
                    HexFormat.of().formatHex(digest.digest()));
        });
    }

    private static void feed(MessageDigest digest, String... fields) {
        for (String field : fields) {
            digest.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }
}
