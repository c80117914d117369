package org.ustoz.examples.console;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A plain-text table for console output, sized to its content. Widths are counted in terminal
 * columns, so Hangul (two columns a syllable) lines up with Latin and Cyrillic text.
 *
 * <pre>{@code
 * new TextTable("#", "Name").alignRight(0).row("1", "Зарина Раҳмонова").print(out);
 * }</pre>
 */
final class TextTable {

    private static final String INDENT = "  ";
    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final BitSet rightAligned = new BitSet();

    TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    /** Right-aligns the given columns (zero-based), as suits numbers. */
    TextTable alignRight(int... columns) {
        Arrays.stream(columns).forEach(rightAligned::set);
        return this;
    }

    /** Adds a row; {@code null} cells print as a dash. */
    TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "—" : c.toString()).toList());
        return this;
    }

    /** Prints the header, a rule and the rows, indented by two spaces. */
    void print(PrintStream out) {
        int[] widths = new int[headers.size()];
        for (List<String> line : allLines()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(line.get(i)));
            }
        }
        printLine(out, headers, widths);
        printLine(out, Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths);
        rows.forEach(row -> printLine(out, row, widths));
    }

    private List<List<String>> allLines() {
        List<List<String>> lines = new ArrayList<>(rows);
        lines.add(headers);
        return lines;
    }

    private void printLine(PrintStream out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(INDENT);
        for (int i = 0; i < cells.size(); i++) {
            String padding = " ".repeat(widths[i] - displayWidth(cells.get(i)));
            line.append(i == 0 ? "" : GAP);
            line.append(rightAligned.get(i) ? padding + cells.get(i) : cells.get(i) + padding);
        }
        out.println(line.toString().stripTrailing());
    }

    /** Terminal columns a text takes: two for Hangul and CJK characters, none for combining marks. */
    static int displayWidth(String text) {
        return text.codePoints().map(TextTable::columns).sum();
    }

    private static int columns(int codePoint) {
        if (Character.getType(codePoint) == Character.NON_SPACING_MARK) {
            return 0;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean wide = script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
        return wide ? 2 : 1;
    }
}
