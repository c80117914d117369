package org.ustoz.courses.certificate.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document, loaded when first needed, and the choice of font for each character:
 * PDFBox draws a string in one font and has no fallback of its own, so a line is cut into runs of
 * characters that one font can draw.
 *
 * <p>For a regular line the regular faces are tried in priority order, then the bold ones; for a
 * bold line the other way round. A character no font has is replaced by {@code ?}, except invisible
 * format characters (such as a zero-width joiner or a variation selector), which are dropped.
 *
 * <p>One instance per document and thread; not thread-safe.
 */
public final class DocumentFonts {

    /** A stretch of text drawn in one font. */
    public record Run(int font, String text) {
    }

    private static final int NONE = -1;
    private static final int REPLACEMENT = '?';

    private final PDDocument document;
    private final List<FontSource> sources;
    private final PDType0Font[] loaded;
    private final int[] regularOrder;
    private final int[] boldOrder;
    private final Map<Integer, Integer> regularChoice = new HashMap<>();
    private final Map<Integer, Integer> boldChoice = new HashMap<>();
    private final Map<Long, Float> advances = new HashMap<>();

    public DocumentFonts(PDDocument document, List<FontSource> sources) {
        this.document = document;
        this.sources = sources;
        this.loaded = new PDType0Font[sources.size()];
        this.regularOrder = order(sources, false);
        this.boldOrder = order(sources, true);
    }

    private static int[] order(List<FontSource> sources, boolean bold) {
        List<Integer> order = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < sources.size(); i++) {
                if ((sources.get(i).bold() == bold) == (pass == 0)) {
                    order.add(i);
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The font at this index of the sources, embedded as a subset; loaded on first use. Glyph
     * substitution (GSUB) is switched off: Latin, Cyrillic and Hangul need none, and with it PDFBox
     * would draw ligatures such as "fi" as one glyph, whose width differs from what is measured here
     * and whose text reads back as U+FB01.
     */
    public PDType0Font font(int index) {
        PDType0Font font = loaded[index];
        if (font == null) {
            FontSource source = sources.get(index);
            TrueTypeFont ttf = null;
            try (InputStream in = source.open()) {
                ttf = new TTFParser().parse(RandomAccessReadBuffer.createBufferFromStream(in));
                ttf.setEnableGsub(false);
                font = PDType0Font.load(document, ttf, true);
                // the subset is made when the document is saved; the document closes the font after
                document.registerTrueTypeFontForClosing(ttf);
            } catch (IOException | RuntimeException e) {
                closeQuietly(ttf, e);
                throw new IllegalStateException("cannot load font " + source.name() + ": " + e.getMessage(), e);
            }
            loaded[index] = font;
        }
        return font;
    }

    private static void closeQuietly(TrueTypeFont ttf, Exception failure) {
        if (ttf != null) {
            try {
                ttf.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Whether the source at this index is a bold face. */
    public boolean isBold(int index) {
        return sources.get(index).bold();
    }

    /** The first font, in the order for the weight, that has a glyph for the code point, or -1. */
    public int fontFor(int codePoint, boolean bold) {
        Map<Integer, Integer> choice = bold ? boldChoice : regularChoice;
        Integer chosen = choice.get(codePoint);
        if (chosen == null) {
            chosen = NONE;
            for (int index : bold ? boldOrder : regularOrder) {
                if (covers(index, codePoint)) {
                    chosen = index;
                    break;
                }
            }
            choice.put(codePoint, chosen);
        }
        return chosen;
    }

    private boolean covers(int index, int codePoint) {
        try {
            return font(index).getCmapLookup().getGlyphId(codePoint) > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The text as it will be drawn: NFC, runs of white space made one space, no leading or trailing
     * space, control characters removed, and every character no font has replaced by {@code ?}
     * (invisible format characters no font has are dropped instead).
     */
    public String prepare(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL) {
                continue;
            }
            if (fontFor(cp, false) == NONE) {
                if (type == Character.FORMAT || isVariationSelector(cp) || fontFor(REPLACEMENT, false) == NONE) {
                    continue;
                }
                cp = REPLACEMENT;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x180B && cp <= 0x180F);
    }

    /**
     * Cuts prepared text into runs of one font each. A combining mark stays in the font of the
     * character before it when that font has it, so the mark is placed on its base.
     */
    public List<Run> runs(String text, boolean bold) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentFont = NONE;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int font = fontFor(cp, bold);
            if (currentFont != NONE && font != currentFont && isMark(cp) && covers(currentFont, cp)) {
                font = currentFont;
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    public static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** The advance width of prepared text, in ems (multiply by the font size for points). */
    public float width(String text, boolean bold) {
        float width = 0;
        for (Run run : runs(text, bold)) {
            for (int i = 0; i < run.text().length(); ) {
                int cp = run.text().codePointAt(i);
                i += Character.charCount(cp);
                width += advance(run.font(), cp);
            }
        }
        return width;
    }

    /** The advance width of one code point in one font, in ems. */
    public float advance(int font, int codePoint) {
        long key = ((long) font << 32) | codePoint;
        Float advance = advances.get(key);
        if (advance == null) {
            try {
                advance = font(font).getStringWidth(new String(Character.toChars(codePoint))) / 1000f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            advances.put(key, advance);
        }
        return advance;
    }
}
