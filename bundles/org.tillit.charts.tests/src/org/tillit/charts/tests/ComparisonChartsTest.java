package org.tillit.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.charts.ChartExport;
import org.tillit.charts.ChartTexts;
import org.tillit.charts.ComparisonCharts;
import org.tillit.charts.ShortCodePaths;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonMatrix.Percentages;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.Grouping;
import org.tillit.query.Unit;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.TestCodings;

/**
 * The comparison chart without a display: managers' and employees' principles as bars, built from
 * a matrix {@link Comparison} computed on a small coded project, and drawn as PNG bytes.
 */
class ComparisonChartsTest {

    static final String ANNA = "Vi fick stöd av en processledare, och det byggde tillit.";
    static final String KARIN = "Tilliten till medarbetarna är stor. Vi stöttar varandra.";
    static final String BO = "Vi får bestämma mer själva, men stödet uteblev.";
    static final int STOD = 0;
    static final int TILLIT = 1;
    static final int HANDLINGSUTRYMME = 2;

    @TempDir
    static Path temp;
    static ProjectStore store;
    static ComparisonMatrix matrix;

    @BeforeAll
    static void codeInterviewsAndCompareManagersWithEmployees() throws Exception {
        store = new H2ProjectStoreFactory().open(temp.resolve("projekt"));
        List<Document> documents = store.addDocuments(List.of(document("anna.txt", ANNA, "1"),
                document("karin.txt", KARIN, "2"), document("bo.txt", BO, "3")));
        Code principer = code("Principer", null, false);
        List<Code> codes = List.of(code("Stöd", principer, true), code("Tillit", principer, true),
                code("Handlingsutrymme", principer, true));
        code(codes.get(STOD), documents.get(0), ANNA, "stöd av en processledare");
        code(codes.get(TILLIT), documents.get(0), ANNA, "det byggde tillit");
        code(codes.get(TILLIT), documents.get(1), KARIN, "Tilliten till medarbetarna är stor");
        code(codes.get(STOD), documents.get(1), KARIN, "Vi stöttar varandra");
        code(codes.get(HANDLINGSUTRYMME), documents.get(2), BO, "Vi får bestämma mer själva");
        code(codes.get(STOD), documents.get(2), BO, "stödet uteblev");
        Map<String, List<Document>> groups = new LinkedHashMap<>();
        groups.put("Chefer", List.of(documents.get(0), documents.get(1)));
        groups.put("Medarbetare", List.of(documents.get(2)));
        groups.put("Politiker", List.of());
        matrix = Comparison.compute(store, ComparisonSpec.of(Grouping.byDocuments(groups)).codes(codes));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void onePlacePerCodeOneSeriesPerGroupValuesAsCounted() {
        CategoryPlot plot = ComparisonCharts.barChart(matrix, Unit.SEGMENTS, Percentages.NONE,
                ChartTexts.of(Unit.SEGMENTS, Percentages.NONE)).getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        assertEquals(List.of("Chefer", "Medarbetare"), keys(data.getRowKeys()), "a group without documents has no bars");
        assertEquals(List.of("Stöd", "Tillit", "Handlingsutrymme"), keys(data.getColumnKeys()),
                "the codes by their own labels, which tell them apart");
        assertEquals(List.of(2, 2, 0), values(data, 0), "managers: two Stöd, two Tillit");
        assertEquals(List.of(1, 0, 1), values(data, 1), "the employee: one Stöd, one Handlingsutrymme");
        assertEquals("Segments", plot.getRangeAxis().getLabel());
        assertEquals("Codes", plot.getDomainAxis().getLabel());
        String tip = plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(data, 1, STOD);
        assertEquals("Principer/Stöd\nMedarbetare: 1", tip, "the bar's tooltip names the code's full path");
    }

    @Test
    void documentsAndRowPercentages() {
        CategoryPlot plot = ComparisonCharts.barChart(matrix, Unit.DOCUMENTS, Percentages.ROW,
                ChartTexts.of(Unit.DOCUMENTS, Percentages.ROW)).getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        // Stöd: in both managers' interviews and the employee's; Tillit: only managers'.
        assertEquals(200.0 / 3, data.getValue(0, STOD).doubleValue(), 1e-9);
        assertEquals(100.0 / 3, data.getValue(1, STOD).doubleValue(), 1e-9);
        assertEquals(100.0, data.getValue(0, TILLIT).doubleValue(), 1e-9);
        assertEquals(0.0, data.getValue(0, HANDLINGSUTRYMME).doubleValue(), 1e-9);
        assertEquals("Documents, % of the code's total", plot.getRangeAxis().getLabel());
        assertEquals("Segments, % of the group's total", ChartTexts.of(Unit.SEGMENTS, Percentages.COLUMN).valueAxis());
    }

    @Test
    void longPathsAreShortenedAndSameLabelsToldApartByTheirParents() {
        assertEquals(List.of("Principer/Stöd", "Ledning/Stöd", "Tillit", "Ansvars- och återkopplingsr…"),
                ShortCodePaths.of(List.of("Principer/Stöd", "Ledning/Stöd", "Principer/Tillit",
                        "Praktiker/Ledning/Dialog/Ansvars- och återkopplingsrutiner")));
    }

    @Test
    void pngBytesOfTheSizeAskedTimesTheScaleAndNotOneColour() throws Exception {
        byte[] png = ChartExport.png(ComparisonCharts.barChart(matrix, Unit.SEGMENTS, Percentages.NONE,
                ChartTexts.of(Unit.SEGMENTS, Percentages.NONE)), 800, 450, 1);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "a PNG ImageIO reads");
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());
        BufferedImage sharp = ImageIO.read(new ByteArrayInputStream(ComparisonCharts.png(matrix, Unit.CASES,
                Percentages.NONE, 600, 380, 2)));
        assertEquals(List.of(1200, 760), List.of(sharp.getWidth(), sharp.getHeight()), "twice the pixels each way");
        assertTrue(colours(sharp) > 4);
        assertTrue(colours(image) > 4, "bars, text and background: more than a few colours");
    }

    private static NewDocument document(String name, String text, String hashDigit) throws Exception {
        Path file = Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
        return new NewDocument(name, file, "text/plain", hashDigit.repeat(64), text, Map.of());
    }

    private static Code code(String label, Code parent, boolean codable) throws Exception {
        Code code = TillitFactory.eINSTANCE.createCode();
        code.setGuid(UUID.randomUUID().toString());
        code.setLabelSv(label);
        code.setCodable(codable);
        store.insertCode(code, parent, 0);
        return code;
    }

    private static void code(Code code, Document document, String text, String fragment) throws Exception {
        int start = text.codePointCount(0, text.indexOf(fragment));
        Coding coding = TestCodings.coding(code, start, start + fragment.codePointCount(0, fragment.length()));
        coding.setCoder(store.currentCoder());
        store.insertCoding(coding, document);
    }

    private static List<Integer> values(CategoryDataset data, int row) {
        List<Integer> values = new ArrayList<>();
        for (int column = 0; column < data.getColumnCount(); column++) {
            values.add(data.getValue(row, column).intValue());
        }
        return values;
    }

    /** JFreeChart's keys come as a raw list: the labels shown. */
    private static List<String> keys(List<?> keys) {
        return keys.stream().map(String::valueOf).toList();
    }

    private static long colours(BufferedImage image) {
        return Stream.iterate(0, i -> i < image.getWidth() * image.getHeight(), i -> i + 97)
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }
}
