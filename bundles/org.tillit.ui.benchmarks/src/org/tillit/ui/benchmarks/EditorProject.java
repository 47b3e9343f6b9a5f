package org.tillit.ui.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.tillit.benchmarks.InterviewText;
import org.tillit.benchmarks.ProjectGenerator;
import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.NewDocument;
import org.tillit.store.PlacedCoding;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;

/**
 * The editor benchmark's project: long transcripts, densely and overlappingly coded. It goes in
 * through the store (addDocument computes lines, paragraphs and turns as an import does), which at
 * two documents is fast enough; the seed is fixed, so every run codes the same ranges.
 */
final class EditorProject {

    /** One transcript of the benchmark: its length in code points and how many codings it gets. */
    record Transcript(String name, int length, int codings) {
    }

    static final List<Transcript> TRANSCRIPTS = List.of(new Transcript("Intervju 300k.txt", 300_000, 2_000),
            new Transcript("Intervju 1M.txt", 1_000_000, 10_000));

    /** How many codes the codings use (nested ones differ from the passage around them). */
    static final int CODES = 12;

    private static final long SEED = 20_261_201L;

    private EditorProject() {
    }

    /** Creates the project in the folder (emptied first) and returns it open. */
    static ProjectStore generate(Path folder) throws IOException, ProjectStoreException {
        ProjectGenerator.deleteRecursively(folder);
        Path originals = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-originals"));
        ProjectStore store = new H2ProjectStoreFactory().open(folder);
        Random random = new Random(SEED);
        InterviewText interviews = new InterviewText(random);
        List<Code> codes = codableCodes(store).subList(0, CODES);
        Coder coder = store.currentCoder();
        OverlappingCodings generator = new OverlappingCodings(random, CODES);
        int number = 1;
        for (Transcript transcript : TRANSCRIPTS) {
            String plain = interviews.transcript(number++, "medarbetare", transcript.length());
            Path original = Files.writeString(originals.resolve(transcript.name()), plain, StandardCharsets.UTF_8);
            Document document = store.addDocument(new NewDocument(transcript.name(), original, "text/plain",
                    ProjectGenerator.sha256(plain), plain, Map.of()));
            List<PlacedCoding> codings = new ArrayList<>();
            for (OverlappingCodings.Range range : generator.ranges(transcript.length(), transcript.codings())) {
                codings.add(new PlacedCoding(coding(codes.get(range.code()), range, coder), document));
            }
            store.insertCodings(codings);
        }
        return store;
    }

    static List<Code> codableCodes(ProjectStore store) {
        List<Code> codable = new ArrayList<>();
        for (var all = store.codebook().eAllContents(); all.hasNext();) {
            if (all.next() instanceof Code code && code.isCodable()) {
                codable.add(code);
            }
        }
        return codable;
    }

    private static Coding coding(Code code, OverlappingCodings.Range range, Coder coder) {
        Coding coding = TillitFactory.eINSTANCE.createCoding();
        coding.setGuid(UUID.randomUUID().toString());
        coding.setCode(code);
        coding.setStart(range.start());
        coding.setEnd(range.end());
        coding.setCoder(coder);
        coding.setCreated(new Date());
        return coding;
    }
}
