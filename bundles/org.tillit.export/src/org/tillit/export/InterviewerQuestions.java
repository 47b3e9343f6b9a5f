package org.tillit.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tillit.model.Document;
import org.tillit.model.Turn;
import org.tillit.model.text.CodePointIndex;
import org.tillit.model.text.Speakers;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * The interviewer's question before an answer: the last interviewer turn that begins before the
 * quoted segment's turn, so a reader of the report sees what the respondent was asked. A document's
 * turns and text are read once, however many of its quotes the report has.
 */
final class InterviewerQuestions {

    private final ProjectStore store;
    private final Map<String, Transcript> transcripts = new HashMap<>();

    private record Transcript(List<int[]> questions, String text, CodePointIndex positions) {
    }

    InterviewerQuestions(ProjectStore store) {
        this.store = store;
    }

    /** The question before the segment, or null when the segment is no answer to one. */
    String before(Segment segment) {
        Transcript transcript = transcripts.computeIfAbsent(segment.documentGuid(), this::read);
        if (transcript == null) {
            return null;
        }
        int[] asked = null;
        for (int[] question : transcript.questions()) {
            if (question[0] >= segment.start()) {
                break;
            }
            asked = question;
        }
        if (asked == null || asked[1] > segment.start()) {
            return null; // the segment lies in the interviewer's own turn
        }
        return transcript.text().substring(transcript.positions().toUtf16(asked[0]),
                transcript.positions().toUtf16(asked[1])).strip();
    }

    private Transcript read(String documentGuid) {
        Document document = store.read(p -> p.getDocuments().stream().filter(d -> d.getGuid().equals(documentGuid))
                .findFirst().orElse(null));
        if (document == null) {
            return null;
        }
        List<int[]> questions = store.read(p -> document.getTurns().stream().filter(t -> Speakers.isInterviewer(t.getSpeaker()))
                .map(InterviewerQuestions::span).toList());
        try {
            String text = store.text(document);
            return new Transcript(questions, text, CodePointIndex.of(text));
        } catch (ProjectStoreException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }

    private static int[] span(Turn turn) {
        return new int[] { turn.getStart(), turn.getEnd() };
    }
}
