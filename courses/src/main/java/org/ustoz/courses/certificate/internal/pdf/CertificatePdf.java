package org.ustoz.courses.certificate.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;
import org.ustoz.courses.certificate.internal.pdf.CertificatePage.Line;
import org.ustoz.courses.certificate.internal.pdf.CertificatePage.Style;

/**
 * Renders a {@link CertificatePage} as a one-page PDF: A4 landscape, a double border, every line
 * centred, in fonts embedded as subsets.
 *
 * <p><b>Fonts.</b> The bundled fonts ({@link #withBundledFonts()}) are DejaVu Sans and DejaVu Sans
 * Bold, for Latin (also the Uzbek {@code ʻ}), Cyrillic (also the Tajik and Kazakh letters) and Greek,
 * then NanumGothic for Hangul and anything else DejaVu lacks. A host can pass its own TrueType fonts
 * in priority order to {@link #CertificatePdf(List)}. PDFBox has no font fallback, so each line is
 * cut into runs of characters one font has: for each character the first font of the line's weight
 * that has a glyph, then the first of the other weight (a regular face in a bold line is emboldened
 * by stroking its outline). Text is put in Unicode NFC first; white space is collapsed. <b>A character
 * that no font has is drawn as {@code ?}</b> (invisible characters, such as a language tag or a variation
 * selector, are dropped instead); rendering does not fail because of the text.
 *
 * <p><b>Layout.</b> Lines are wrapped at spaces to the width of the page, and a word longer than a
 * line is broken between characters. If the content is taller than the page, the spacing between
 * lines shrinks first, then all font sizes, so the certificate is always one page. There is no
 * kerning, no ligature and no complex-script shaping: every character is one glyph, so the text
 * reads back from the PDF exactly as given (in NFC) and the measured width is the drawn width.
 *
 * <p>Thread-safe: an instance holds only its font sources; each call loads the fonts into a new
 * document.
 */
public final class CertificatePdf {

    private static final String FONT_DIR = "/org/ustoz/courses/fonts/";

    /** A4 landscape, in points. */
    private static final float PAGE_WIDTH = PDRectangle.A4.getHeight();
    private static final float PAGE_HEIGHT = PDRectangle.A4.getWidth();
    private static final float OUTER_BORDER = 22;
    private static final float INNER_BORDER = 30;
    private static final float MARGIN_X = 72;
    private static final float MARGIN_Y = 60;
    private static final float CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
    private static final float CONTENT_HEIGHT = PAGE_HEIGHT - 2 * MARGIN_Y;
    /** Line height and baseline position, as multiples of the font size. */
    private static final float LEADING = 1.25f;
    private static final float ASCENT = 0.95f;
    /** Stroke width, as a multiple of the font size, that emboldens a regular face in a bold line. */
    private static final float FAKE_BOLD_STROKE = 0.03f;
    private static final float[] GAP_SCALES = {1f, 0.6f, 0.3f};
    private static final int FONT_SCALE_STEPS = 30;

    private static final float[] BORDER_COLOUR = {0.13f, 0.23f, 0.42f};
    private static final float[] TEXT_COLOUR = {0.10f, 0.10f, 0.12f};
    private static final float[] QUIET_COLOUR = {0.33f, 0.33f, 0.36f};

    /** How each style looks: size and gap above in points, character spacing in ems. */
    private record Look(float size, boolean bold, float gapAbove, float charSpacing, float[] colour) {
    }

    private static Look look(Style style) {
        return switch (style) {
            case TITLE -> new Look(30, true, 0, 0, BORDER_COLOUR);
            case SUBTITLE -> new Look(18, false, 6, 0, QUIET_COLOUR);
            case NAME -> new Look(26, true, 22, 0, TEXT_COLOUR);
            case HEADING -> new Look(16, false, 14, 0, TEXT_COLOUR);
            case BODY -> new Look(12, false, 8, 0, TEXT_COLOUR);
            case SMALL -> new Look(9, false, 6, 0, QUIET_COLOUR);
            case CODE -> new Look(14, false, 12, 0.06f, TEXT_COLOUR);
        };
    }

    private static final class Bundled {
        static final List<FontSource> FONTS = List.of(
                FontSource.ofResource(CertificatePdf.class, FONT_DIR + "DejaVuSans.ttf", false),
                FontSource.ofResource(CertificatePdf.class, FONT_DIR + "DejaVuSans-Bold.ttf", true),
                FontSource.ofResource(CertificatePdf.class, FONT_DIR + "NanumGothic.ttf", false));
        static final CertificatePdf INSTANCE = new CertificatePdf(FONTS);
    }

    private final List<FontSource> fonts;

    /**
     * A renderer with these fonts.
     *
     * @param fonts TrueType fonts in priority order, regular and bold faces mixed; not empty
     */
    public CertificatePdf(List<FontSource> fonts) {
        this.fonts = List.copyOf(fonts);
        if (this.fonts.isEmpty()) {
            throw new IllegalArgumentException("at least one font is needed");
        }
    }

    /**
     * The renderer with the bundled fonts: DejaVu Sans, DejaVu Sans Bold, NanumGothic. They are read
     * from the class path once and kept in memory (about 6 MB).
     */
    public static CertificatePdf withBundledFonts() {
        return Bundled.INSTANCE;
    }

    /** The bundled fonts, in priority order, for a host that puts its own before or after them. */
    public static List<FontSource> bundledFonts() {
        return Bundled.FONTS;
    }

    /** The fonts of this renderer, in priority order. */
    public List<FontSource> fonts() {
        return fonts;
    }

    /**
     * The certificate as a PDF.
     *
     * @throws UncheckedIOException if a font cannot be read
     */
    public byte[] render(CertificatePage page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            render(page, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the certificate as a PDF to a stream, which is left open.
     *
     * @throws IOException if writing fails or a font cannot be read
     */
    public void render(CertificatePage page, OutputStream out) throws IOException {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(out, "out");
        try (PDDocument document = new PDDocument()) {
            DocumentFonts documentFonts = new DocumentFonts(document, fonts);
            describe(document, page);
            PDPage pdfPage = new PDPage(new PDRectangle(PAGE_WIDTH, PAGE_HEIGHT));
            document.addPage(pdfPage);

            List<Block> blocks = new ArrayList<>();
            for (Line line : page.lines()) {
                if (!line.isBlank()) {
                    String text = documentFonts.prepare(line.text());
                    if (!text.isEmpty()) {
                        blocks.add(new Block(text, look(line.style())));
                    }
                }
            }
            Layout layout = fit(blocks, documentFonts);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                drawBorder(content);
                draw(content, layout, documentFonts);
            }
            document.save(out);
        }
    }

    private static void describe(PDDocument document, CertificatePage page) {
        PDDocumentInformation info = document.getDocumentInformation();
        if (page.documentTitle() != null && !page.documentTitle().isBlank()) {
            info.setTitle(Normalizer.normalize(page.documentTitle().strip(), Normalizer.Form.NFC));
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            document.getDocumentCatalog().setViewerPreferences(preferences);
        }
        if (page.subject() != null && !page.subject().isBlank()) {
            info.setSubject(Normalizer.normalize(page.subject().strip(), Normalizer.Form.NFC));
        }
        info.setCreator("Ustoz");
    }

    /** One non-blank line of the page, prepared for drawing. */
    private record Block(String text, Look look) {
    }

    /** One line as drawn, after wrapping. */
    private record Placed(String text, Look look, float size, float width, float baseline) {
    }

    private record Layout(List<Placed> lines, float height) {
        boolean fits() {
            return height <= CONTENT_HEIGHT;
        }
    }

    /** The layout at full size if it fits, else with less spacing, else at the largest scale that fits. */
    private static Layout fit(List<Block> blocks, DocumentFonts fonts) {
        for (float gapScale : GAP_SCALES) {
            Layout layout = layout(blocks, fonts, 1f, gapScale);
            if (layout.fits()) {
                return layout;
            }
        }
        float gapScale = GAP_SCALES[GAP_SCALES.length - 1];
        float fits = 0;
        float overflows = 1;
        Layout best = null;
        for (int step = 0; step < FONT_SCALE_STEPS; step++) {
            float scale = (fits + overflows) / 2;
            Layout layout = layout(blocks, fonts, scale, gapScale);
            if (layout.fits()) {
                fits = scale;
                best = layout;
            } else {
                overflows = scale;
            }
        }
        // Only absurd amounts of text get here without a fit; draw them at the smallest size tried.
        return best != null ? best : layout(blocks, fonts, overflows, gapScale);
    }

    private static Layout layout(List<Block> blocks, DocumentFonts fonts, float scale, float gapScale) {
        List<Placed> lines = new ArrayList<>();
        float y = 0; // distance from the top of the block of text
        boolean first = true;
        for (Block block : blocks) {
            Look look = block.look();
            float size = look.size() * scale;
            if (!first) {
                y += look.gapAbove() * scale * gapScale;
            }
            first = false;
            for (String text : wrap(block.text(), look, size, fonts)) {
                lines.add(new Placed(text, look, size, width(text, look, size, fonts), y + size * ASCENT));
                y += size * LEADING;
            }
        }
        return new Layout(lines, y);
    }

    /** The width in points of prepared text in a look and size, character spacing included. */
    private static float width(String text, Look look, float size, DocumentFonts fonts) {
        return fonts.width(text, look.bold()) * size + spacing(look, size) * text.codePointCount(0, text.length());
    }

    private static float spacing(Look look, float size) {
        return look.charSpacing() * size;
    }

    /** Greedy word wrap at spaces; a word wider than a line is broken between characters. */
    private static List<String> wrap(String text, Look look, float size, DocumentFonts fonts) {
        List<String> lines = new ArrayList<>();
        float space = width(" ", look, size, fonts);
        StringBuilder current = new StringBuilder();
        float currentWidth = 0;
        for (String word : text.split(" ")) {
            float wordWidth = width(word, look, size, fonts);
            if (current.length() > 0 && currentWidth + space + wordWidth <= CONTENT_WIDTH) {
                current.append(' ').append(word);
                currentWidth += space + wordWidth;
                continue;
            }
            if (current.length() > 0) {
                lines.add(current.toString());
                current.setLength(0);
                currentWidth = 0;
            }
            if (wordWidth <= CONTENT_WIDTH) {
                current.append(word);
                currentWidth = wordWidth;
            } else {
                List<String> pieces = breakWord(word, look, size, fonts);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                String last = pieces.get(pieces.size() - 1);
                current.append(last);
                currentWidth = width(last, look, size, fonts);
            }
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** Pieces of a word, each as wide as fits; a combining mark stays with the character before it. */
    private static List<String> breakWord(String word, Look look, float size, DocumentFonts fonts) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        float pieceWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            String character = new String(Character.toChars(cp));
            float w = width(character, look, size, fonts);
            if (piece.length() > 0 && pieceWidth + w > CONTENT_WIDTH && !DocumentFonts.isMark(cp)) {
                pieces.add(piece.toString());
                piece.setLength(0);
                pieceWidth = 0;
            }
            piece.append(character);
            pieceWidth += w;
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private static void drawBorder(PDPageContentStream content) throws IOException {
        content.setStrokingColor(BORDER_COLOUR[0], BORDER_COLOUR[1], BORDER_COLOUR[2]);
        content.setLineWidth(3f);
        content.addRect(OUTER_BORDER, OUTER_BORDER, PAGE_WIDTH - 2 * OUTER_BORDER, PAGE_HEIGHT - 2 * OUTER_BORDER);
        content.stroke();
        content.setLineWidth(0.8f);
        content.addRect(INNER_BORDER, INNER_BORDER, PAGE_WIDTH - 2 * INNER_BORDER, PAGE_HEIGHT - 2 * INNER_BORDER);
        content.stroke();
    }

    private static void draw(PDPageContentStream content, Layout layout, DocumentFonts fonts) throws IOException {
        if (layout.lines().isEmpty()) {
            return;
        }
        // the block of text is centred vertically in the area inside the margins
        float top = PAGE_HEIGHT - MARGIN_Y - Math.max(0, (CONTENT_HEIGHT - layout.height()) / 2);
        content.beginText();
        for (Placed line : layout.lines()) {
            Look look = line.look();
            float[] colour = look.colour();
            content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            content.setStrokingColor(colour[0], colour[1], colour[2]);
            content.setCharacterSpacing(spacing(look, line.size()));
            float x = MARGIN_X + (CONTENT_WIDTH - line.width()) / 2;
            content.setTextMatrix(Matrix.getTranslateInstance(x, top - line.baseline()));
            for (DocumentFonts.Run run : fonts.runs(line.text(), look.bold())) {
                boolean fakeBold = look.bold() && !fonts.isBold(run.font());
                content.setFont(fonts.font(run.font()), line.size());
                content.setRenderingMode(fakeBold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                if (fakeBold) {
                    content.setLineWidth(line.size() * FAKE_BOLD_STROKE);
                }
                content.showText(run.text());
            }
        }
        content.endText();
    }
}
