package org.ustoz.courses.certificate.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.ustoz.courses.certificate.internal.pdf.CertificatePage.Line;
import org.ustoz.courses.certificate.internal.pdf.CertificatePage.Style;

/**
 * The certificate is one A4 landscape page whose text, in Latin, Cyrillic (Tajik, Kazakh) and
 * Hangul, reads back exactly from the PDF, in fonts embedded in it, however long the text.
 */
public class CertificatePdfTest {

    public static final String TITLE = "Certificate of Completion";
    public static final String NAME = "Зарина Раҳмонова";
    public static final String KOREAN = "교육의 디지털화";
    public static final String TAJIK = "Рақамикунонии маориф";
    public static final String UZBEK = "Oʻzbekiston";
    public static final String KAZAKH = "Қазақстан, Өскемен";
    public static final String ENGLISH = "Digitalization of Education";
    /** Every Tajik and Kazakh letter beyond the Russian alphabet, and the Uzbek ʻ. */
    public static final String LETTERS = "ҳ ӣ ӯ ҷ қ ғ ә ө ү ұ і ң Ҳ Ӣ Ӯ Ҷ Қ Ғ Ә Ө Ү Ұ І Ң ʻ";
    public static final String CODE = "7K2M-9QXD-4HTR-B8WN-C";

    final CertificatePdf pdf = CertificatePdf.withBundledFonts();

    public static CertificatePage sample() {
        return new CertificatePage("Certificate — Зарина Раҳмонова", "Digitalization of Education, Sejong 2025", List.of(
                new Line(TITLE, Style.TITLE),
                new Line(KOREAN, Style.TITLE),
                new Line("is awarded to", Style.SUBTITLE),
                new Line(NAME, Style.NAME),
                new Line(null, Style.BODY),
                new Line("   ", Style.BODY),
                new Line("for completing the seminar", Style.BODY),
                new Line(ENGLISH, Style.HEADING),
                new Line(TAJIK, Style.HEADING),
                // decomposed on purpose: ӣ and ӯ become и and у with a combining macron
                new Line(Normalizer.normalize(LETTERS, Normalizer.Form.NFD), Style.BODY),
                new Line(UZBEK + " · " + KAZAKH, Style.BODY),
                new Line("Sejong, Republic of Korea, 4–15 August 2025 · 60 hours", Style.SMALL),
                new Line(CODE, Style.CODE)));
    }

    @Test
    public void rendersEveryScriptInEmbeddedFontsOnOneA4LandscapePage() throws IOException {
        byte[] bytes = pdf.render(sample());
        keep(bytes, "certificate-sample.pdf");

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertLandscapeA4(page);

            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(TITLE, KOREAN, NAME, ENGLISH, TAJIK, UZBEK, KAZAKH, LETTERS, CODE,
                    "is awarded to", "4–15 August 2025");
            assertThat(text).doesNotContain("?");
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();

            List<PDFont> fonts = fonts(page);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName)
                    .anySatisfy(name -> assertThat(name).contains("Nanum"))
                    .anySatisfy(name -> assertThat(name).contains("DejaVuSans-Bold"))
                    .anySatisfy(name -> assertThat(name).contains("DejaVuSans"));
            assertInsideBorder(document);
            assertCentredWithoutLigatures(document);

            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Certificate — Зарина Раҳмонова");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Digitalization of Education, Sejong 2025");
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("Ustoz");
        }
    }

    @Test
    public void longTextIsWrappedAndShrunkOntoOnePage() throws IOException {
        String name = words("Раҳмонова", 300);
        String title = words("교육의디지털화", 300);
        String unbroken = "Oʻzbekiston".repeat(30); // one 330-character word
        List<Line> lines = new ArrayList<>(List.of(
                new Line(title, Style.TITLE),
                new Line(name, Style.NAME),
                new Line(unbroken, Style.HEADING)));
        for (int i = 0; i < 40; i++) {
            lines.add(new Line("Module " + i + ": Қазақстан, Өскемен — " + KOREAN, Style.BODY));
        }

        byte[] bytes = pdf.render(new CertificatePage(null, null, lines));
        keep(bytes, "certificate-long-sample.pdf");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertLandscapeA4(document.getPage(0));
            String text = new PDFTextStripper().getText(document);
            assertThat(name.length()).isGreaterThanOrEqualTo(300);
            assertThat(text.split("\\s+")).contains(name.split(" ")).contains(title.split(" "));
            assertThat(text.replaceAll("\\s+", "")).contains(unbroken);
            assertThat(text.lines().filter(l -> l.contains("Oʻzbekiston")).count())
                    .as("the long word is broken over lines").isGreaterThan(1);
            for (int i = 0; i < 40; i++) {
                assertThat(text).contains("Module " + i + ": Қазақстан, Өскемен — " + KOREAN);
            }
            assertInsideBorder(document);
        }
    }

    @Test
    public void aCharacterNoFontHasBecomesAQuestionMark() throws IOException {
        String missing = new String(Character.toChars(0x10FFFD)); // supplementary private use
        String ethiopic = "ሀ"; // U+1200
        String invisible = new String(Character.toChars(0xE0001)); // language tag, a format character
        String selector = new String(Character.toChars(0xE0100)); // variation selector 17
        for (FontSource source : CertificatePdf.bundledFonts()) {
            assertThat(hasGlyph(source, 0x10FFFD)).as(source.name()).isFalse();
            assertThat(hasGlyph(source, 0x1200)).as(source.name()).isFalse();
            assertThat(hasGlyph(source, 0xE0001)).as(source.name()).isFalse();
            assertThat(hasGlyph(source, 0xE0100)).as(source.name()).isFalse();
        }
        byte[] bytes = pdf.render(CertificatePage.of(
                new Line("A" + missing + "B " + ethiopic + " 교육" + missing, Style.NAME),
                new Line(invisible + "language tag and variation" + selector + " selector are dropped", Style.BODY)));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("A?B ? 교육?").contains("language tag and variation selector are dropped");
        }
    }

    @Test
    public void aHostsFontsReplaceTheBundledOnes() throws IOException {
        FontSource dejaVuOnly = CertificatePdf.bundledFonts().get(0);
        byte[] bytes = new CertificatePdf(List.of(dejaVuOnly)).render(CertificatePage.of(
                new Line(NAME + " " + KOREAN, Style.NAME)));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains(NAME + " ??? ????");
            assertThat(fonts(document.getPage(0))).extracting(PDFont::getName)
                    .singleElement().asString().contains("DejaVuSans").doesNotContain("Bold");
        }
    }

    @Test
    public void rendersConcurrently() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(executor.submit(() -> pdf.render(sample())));
            }
            String first = null;
            for (Future<byte[]> result : results) {
                try (PDDocument document = Loader.loadPDF(result.get())) {
                    String text = new PDFTextStripper().getText(document);
                    assertThat(text).contains(NAME, KOREAN);
                    if (first == null) {
                        first = text;
                    }
                    assertThat(text).isEqualTo(first);
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }

    /** Writes the PDF to target/, to look at; nothing checks it. */
    public static void keep(byte[] pdf, String name) throws IOException {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.write(target.resolve(name), pdf);
        }
    }

    /** Numbered words ("stem-1 stem-2 ...") until the text is at least this long. */
    public static String words(String stem, int minLength) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; out.length() < minLength; i++) {
            out.append(out.length() == 0 ? "" : " ").append(stem).append('-').append(i);
        }
        return out.toString();
    }

    public static void assertLandscapeA4(PDPage page) {
        PDRectangle box = page.getMediaBox();
        assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), offset(0.01f));
        assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), offset(0.01f));
        assertThat(box.getWidth()).isCloseTo(841.89f, offset(0.1f));
    }

    public static List<PDFont> fonts(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    /** The glyphs of the document with their positions, as the text stripper sees them. */
    public static List<TextPosition> positions(PDDocument document) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
                positions.addAll(textPositions);
                super.writeString(text, textPositions);
            }
        };
        stripper.getText(document);
        assertThat(positions).isNotEmpty();
        return positions;
    }

    /** Every glyph lies inside the inner border (30 pt from the edges). */
    public static void assertInsideBorder(PDDocument document) throws IOException {
        float width = PDRectangle.A4.getHeight();
        float height = PDRectangle.A4.getWidth();
        for (TextPosition p : positions(document)) {
            assertThat(p.getXDirAdj()).as(p.getUnicode()).isGreaterThan(30);
            assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as(p.getUnicode()).isLessThan(width - 30);
            assertThat(p.getYDirAdj() - p.getHeightDir()).as(p.getUnicode()).isGreaterThan(30);
            assertThat(p.getYDirAdj()).as(p.getUnicode()).isLessThan(height - 30);
        }
    }

    /**
     * Every line, whatever mix of fonts it is drawn in, is centred on the page: the measured width
     * of its runs is the width drawn. One glyph per character: no ligatures.
     */
    public static void assertCentredWithoutLigatures(PDDocument document) throws IOException {
        Map<Integer, List<TextPosition>> lines = new TreeMap<>();
        for (TextPosition p : positions(document)) {
            assertThat(p.getUnicode().codePoints()).as(p.getUnicode()).hasSize(1)
                    .noneMatch(cp -> cp >= 0xFB00 && cp <= 0xFB4F);
            lines.computeIfAbsent(Math.round(p.getYDirAdj()), y -> new ArrayList<>()).add(p);
        }
        float centre = PDRectangle.A4.getHeight() / 2;
        for (List<TextPosition> line : lines.values()) {
            float left = (float) line.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
            float right = (float) line.stream().mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj()).max().orElseThrow();
            String text = line.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
            assertThat((left + right) / 2).as(text).isCloseTo(centre, offset(1f));
        }
    }

    public static boolean hasGlyph(FontSource source, int codePoint) throws IOException {
        try (PDDocument scratch = new PDDocument(); InputStream in = source.open()) {
            return PDType0Font.load(scratch, in, true).getCmapLookup().getGlyphId(codePoint) > 0;
        }
    }
}
