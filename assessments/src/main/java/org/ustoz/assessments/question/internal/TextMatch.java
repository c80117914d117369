package org.ustoz.assessments.question.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text comparison for short answers: Unicode NFKC normalisation, whitespace collapsed, locale-independent
 * case folding, and accepted answers where {@code *} matches any run of characters.
 */
final class TextMatch {

    /** Runs of Unicode white space (including no-break and ideographic spaces). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Invisible characters that copy and paste leaves behind: soft hyphen, zero-width space, word joiner, BOM. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF]");

    private TextMatch() {
    }

    /**
     * {@code text} in NFKC, without soft hyphens and zero-width spaces, with every run of white space
     * made one space, and trimmed.
     */
    static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String visible = INVISIBLE.matcher(nfkc).replaceAll("");
        return WHITESPACE.matcher(visible).replaceAll(" ").strip();
    }

    /**
     * {@code text} case-folded code point by code point, as lower case of upper case, the way
     * {@link String#equalsIgnoreCase} compares: {@code Ӯ} and {@code ӯ} fold alike, and so do the four
     * Turkish and Kazakh {@code I ı İ i}, which no locale-independent lower-casing keeps apart correctly.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return folded.toString();
    }

    /** An accepted answer, compiled: literal segments between its wildcards. */
    record Wildcard(List<String> segments) {

        /**
         * Compiles a normalised answer: {@code *} matches any run of characters, possibly empty;
         * {@code \*} is a literal star; every other character, backslashes included, is literal.
         */
        static Wildcard compile(String answer, boolean caseSensitive) {
            List<String> segments = new ArrayList<>();
            StringBuilder segment = new StringBuilder();
            for (int i = 0; i < answer.length(); i++) {
                char c = answer.charAt(i);
                if (c == '\\' && i + 1 < answer.length() && answer.charAt(i + 1) == '*') {
                    segment.append('*');
                    i++;
                } else if (c == '*') {
                    segments.add(segment.toString());
                    segment.setLength(0);
                } else {
                    segment.append(c);
                }
            }
            segments.add(segment.toString());
            if (!caseSensitive) {
                segments.replaceAll(TextMatch::fold);
            }
            return new Wildcard(List.copyOf(segments));
        }

        /** Whether this answer matches the whole of {@code text} (normalised and folded alike). */
        boolean matches(String text) {
            int last = segments.size() - 1;
            if (last == 0) {
                return text.equals(segments.get(0));
            }
            String head = segments.get(0);
            String tail = segments.get(last);
            if (text.length() < head.length() + tail.length() || !text.startsWith(head) || !text.endsWith(tail)) {
                return false;
            }
            int from = head.length();
            int end = text.length() - tail.length();
            for (int i = 1; i < last; i++) {
                String middle = segments.get(i);
                int at = text.indexOf(middle, from);
                if (at < 0 || at + middle.length() > end) {
                    return false;
                }
                from = at + middle.length();
            }
            return true;
        }
    }
}
