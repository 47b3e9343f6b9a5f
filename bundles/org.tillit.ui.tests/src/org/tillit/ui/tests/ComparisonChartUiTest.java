package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.model.Code;
import org.tillit.model.Document;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonMatrix.Percentages;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.Grouping;
import org.tillit.query.Unit;
import org.tillit.ui.chart.ComparisonChart;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.Screenshots;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.support.CodedInterviews;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * The comparison chart widget: managers' and employees' principles as bars, from a matrix that
 * {@link Comparison} computed on coded interviews, drawn in an SWT shell and saved as PNG and SVG.
 * How the matrix becomes a chart is tested without a display in org.tillit.charts.tests.
 */
@TillitUiTest
class ComparisonChartUiTest {

    static final String ANNA = "chef-anna.txt";
    static final String KARIN = "chef-karin.txt";
    static final String BO = "medarbetare-bo.txt";
    static final List<String> CODES = List.of("Principer/Stöd", "Principer/Tillit", "Principer/Handlingsutrymme");
    static final int STOD = 0;
    static final int TILLIT = 1;
    static final int HANDLINGSUTRYMME = 2;
    static final int WIDTH = 900;
    static final int HEIGHT = 520;

    @TempDir
    static Path files;
    static ComparisonMatrix matrix;
    static Shell shell;
    static ComparisonChart chart;

    private final UiBot bot = new UiBot();

    @BeforeAll
    static void codeInterviewsAndCompareManagersWithEmployees() throws Exception {
        UiBot bot = new UiBot();
        CodedInterviews interviews = new CodedInterviews(bot);
        interviews.importTexts(files, List.of(ANNA, KARIN, BO), List.of(
                List.of("I: Hur fick ni stöd?", "IP: Vi fick stöd av en processledare, och det byggde tillit."),
                List.of("I: Och tilliten?", "IP: Tilliten till medarbetarna är stor. Vi stöttar varandra."),
                List.of("I: Märker du reformen?", "IP: Vi får bestämma mer själva, men stödet uteblev.")));
        interviews.code(ANNA, CODES.get(STOD), "stöd av en processledare");
        interviews.code(ANNA, CODES.get(TILLIT), "det byggde tillit");
        interviews.code(KARIN, CODES.get(TILLIT), "Tilliten till medarbetarna är stor");
        interviews.code(KARIN, CODES.get(STOD), "Vi stöttar varandra");
        interviews.code(BO, CODES.get(HANDLINGSUTRYMME), "Vi får bestämma mer själva");
        interviews.code(BO, CODES.get(STOD), "stödet uteblev");
        Map<String, List<Document>> groups = new LinkedHashMap<>();
        groups.put("Chefer", List.of(interviews.document(ANNA), interviews.document(KARIN)));
        groups.put("Medarbetare", List.of(interviews.document(BO)));
        groups.put("Politiker", List.of());
        List<Code> rows = CODES.stream().map(interviews::code).toList();
        matrix = Comparison.compute(interviews.store(), ComparisonSpec.of(Grouping.byDocuments(groups)).codes(rows));
        bot.run(() -> {
            shell = new Shell(bot.display(), SWT.SHELL_TRIM);
            shell.setLayout(new FillLayout());
            chart = new ComparisonChart(shell);
            chart.show(matrix, Unit.SEGMENTS, Percentages.NONE);
            shell.setSize(WIDTH, HEIGHT);
            shell.open();
        });
    }

    @AfterAll
    static void closeTheShell() {
        new UiBot().run(() -> shell.dispose());
    }

    @Test
    void theBarsTellTheirCodesFullPathAsTooltip() {
        CategoryDataset data = chart.chart().getCategoryPlot().getDataset();
        String tip = chart.chart().getCategoryPlot().getRenderer().getDefaultToolTipGenerator().generateToolTip(data, 1, STOD);
        assertEquals("Principer/Stöd\nMedarbetare: 1", tip);
    }

    @Test
    void theChartIsDrawnInTheShell() {
        bot.waitUntil(Condition.of("the chart painted", () -> bot.sync(() -> chart.control().isVisible())));
        Path shot = Screenshots.capture(bot, "comparison-chart");
        assertTrue(Files.exists(shot));
    }

    @Test
    void savedAsPngOfTheSizeShownAndNotOneColour() throws Exception {
        Path png = files.resolve("jämförelse.png");
        bot.run(() -> save(() -> chart.saveAsPng(png)));
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a PNG ImageIO reads");
        org.eclipse.swt.graphics.Point size = bot.sync(() -> chart.control().getSize());
        assertEquals(Math.max(640, size.x), image.getWidth());
        assertEquals(Math.max(400, size.y), image.getHeight());
        assertTrue(colours(image) > 4, "bars, text and background: more than a few colours");
        assertNoPartFiles();
    }

    @Test
    void savedAsSvgWithTheCodesAndGroupsAsText() throws Exception {
        Path svg = files.resolve("jämförelse.svg");
        bot.run(() -> save(() -> chart.saveAsSvg(svg)));
        DocumentBuilderFactory parsers = DocumentBuilderFactory.newInstance();
        // Well-formed is what counts; the SVG DTD it names is not fetched.
        parsers.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document xml = parsers.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", xml.getDocumentElement().getLocalName() == null ? xml.getDocumentElement().getTagName()
                : xml.getDocumentElement().getLocalName());
        String text = xml.getDocumentElement().getTextContent();
        for (String expected : List.of("Stöd", "Tillit", "Handlingsutrymme", "Chefer", "Medarbetare", "Segments")) {
            assertTrue(text.contains(expected), expected + " in the SVG's text");
        }
        assertNoPartFiles();
    }

    @Test
    void anUnwritablePlaceIsAClearErrorAndLeavesNothing() throws Exception {
        Path missing = files.resolve("finns-inte").resolve("diagram.png");
        IOException failure = bot.sync(() -> assertThrows(IOException.class, () -> chart.saveAsPng(missing)));
        assertTrue(failure.getMessage().contains(missing.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("there is no folder"), failure.getMessage());
        Path folderAsFile = files.resolve("en-fil.svg");
        Files.writeString(folderAsFile, "x");
        Path inside = folderAsFile.resolve("diagram.svg");
        IOException second = bot.sync(() -> assertThrows(IOException.class, () -> chart.saveAsSvg(inside)));
        assertTrue(second.getMessage().startsWith("Cannot write the chart to " + inside), second.getMessage());
        assertFalse(Files.exists(inside));
        assertNoPartFiles();
    }

    private interface Saving {
        void run() throws IOException;
    }

    private static void save(Saving saving) {
        try {
            saving.run();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long colours(BufferedImage image) {
        return Stream.iterate(0, i -> i < image.getWidth() * image.getHeight(), i -> i + 97)
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }

    /** No temporary file of an export is left in the folder. */
    private static void assertNoPartFiles() throws IOException {
        try (Stream<Path> listed = Files.list(files)) {
            assertEquals(List.of(), listed.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
    }
}
