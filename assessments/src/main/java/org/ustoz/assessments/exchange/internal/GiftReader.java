package org.ustoz.assessments.exchange.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.i18n.LocalizedText;

/**
 * Reads Moodle GIFT, as Moodle's {@code qformat_gift} does: questions separated by blank lines, lines
 * starting with {@code //} left out, one answer block in braces per question, and the escapes
 * {@code \~ \= \# \{ \} \: \\} and {@code \n} (a line break). Text after the answer block makes a
 * "missing word" question: the block's place in the stem is shown as {@code _____}.
 */
final class GiftReader {

    static final List<String> FORMATS = List.of("html", "markdown", "plain", "moodle");
    static final String BLANK = "_____";

    private final String language;
    private List<String> category = List.of();

    GiftReader(String language) {
        this.language = language;
    }

    List<Draft> read(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Draft> drafts = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        int start = -1;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (start > 0) {
                    Draft d = block(block.toString(), start);
                    if (d != null) {
                        drafts.add(d);
                    }
                }
                block.setLength(0);
                start = -1;
            } else if (!line.strip().startsWith("//")) {
                if (start < 0) {
                    start = i + 1;
                } else {
                    block.append('\n');
                }
                block.append(line);
            }
        }
        return drafts;
    }

    private Draft block(String s, int startLine) {
        String trimmed = s.strip();
        if (trimmed.startsWith("$CATEGORY:")) {
            String first = trimmed.lines().findFirst().orElse("");
            category = categoryPath(first.substring("$CATEGORY:".length()));
            return null;
        }
        Draft d = new Draft(startLine, 0);
        d.category = category;
        try {
            parse(s, d);
        } catch (Refusal r) {
            d.error = new UstozException(r.code, 0, startLine + lineOf(s, r.offset), r.what);
        }
        if (s.contains("@@PLUGINFILE@@")) {
            d.unsupported("unsupported.embedded-file", "the question refers to files embedded in Moodle (@@PLUGINFILE@@)");
            d.error = null;
        }
        return d;
    }

    /** A category path without Moodle's context prefix ({@code $course$}, {@code $system$}, ...) and {@code top}. */
    static List<String> categoryPath(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.strip().split("(?<!/)/(?!/)")) {
            String p = part.replace("//", "/").strip();
            if (p.isEmpty() || (out.isEmpty() && (p.matches("\\$[a-z0-9]+\\$") || p.equals("top")))) {
                continue;
            }
            out.add(p);
        }
        return List.copyOf(out);
    }

    private void parse(String s, Draft d) {
        List<Integer> braces = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{' || c == '}') {
                braces.add(i);
            }
        }
        if (braces.isEmpty()) {
            d.type = "description";
            d.title = titleOf(s.strip());
            d.unsupported("unsupported.description", "a text without an answer block (a Moodle description)");
            return;
        }
        int open = braces.get(0);
        if (s.charAt(open) != '{') {
            throw new Refusal(AssessmentsError.EXCHANGE_UNBALANCED_BRACES, open, null);
        }
        if (braces.size() < 2) {
            throw new Refusal(AssessmentsError.EXCHANGE_UNBALANCED_BRACES, open, null);
        }
        int close = braces.get(1);
        if (s.charAt(close) != '}') {
            throw new Refusal(AssessmentsError.EXCHANGE_UNBALANCED_BRACES, open, null);
        }
        if (braces.size() > 2) {
            throw new Refusal(AssessmentsError.EXCHANGE_UNBALANCED_BRACES, braces.get(2), null);
        }
        // head: ::title:: [format] stem
        String head = s.substring(0, open).strip();
        Map<String, String> settings = new HashMap<>();
        if (head.startsWith("::")) {
            int end = indexOf(head, "::", 2);
            if (end < 0) {
                throw new Refusal(AssessmentsError.EXCHANGE_SYNTAX, 0, "title");
            }
            d.title = unescape(head.substring(2, end)).strip();
            if (!d.title.isEmpty()) {
                settings.put("title", d.title);
            }
            head = head.substring(end + 2).strip();
        }
        for (String f : FORMATS) {
            if (head.startsWith("[" + f + "]")) {
                settings.put("text-format", f);
                head = head.substring(f.length() + 2).strip();
                break;
            }
        }
        String stem = unescape(head).strip();
        String tail = s.substring(close + 1).strip();
        if (!tail.isEmpty()) {
            boolean space = Character.isWhitespace(s.charAt(close + 1));
            stem = stem + " " + BLANK + (space ? " " : "") + unescape(tail);
        }
        String body = s.substring(open + 1, close);
        LocalizedText general = null;
        int gf = indexOf(body, "####", 0);
        if (gf >= 0) {
            general = text(stripFormat(unescape(body.substring(gf + 4)).strip(), d));
            body = body.substring(0, gf);
        }
        String b = body.strip();
        int at = open + 1 + body.indexOf(b.isEmpty() ? "" : b.substring(0, 1));
        QuestionContent content;
        if (b.isEmpty()) {
            d.type = QuestionTypes.ESSAY;
            content = new QuestionContent(required(stem, open), List.of(), List.of(), settings, general);
        } else if (b.startsWith("#")) {
            d.type = QuestionTypes.NUMERIC;
            content = new QuestionContent(required(stem, open), List.of(), numeric(b.substring(1), at, d), settings,
                    general);
        } else if (isTrueFalse(b)) {
            d.type = QuestionTypes.TRUE_FALSE;
            List<String> parts = split(b, '#');
            boolean right = parts.get(0).strip().toUpperCase(Locale.ROOT).startsWith("T");
            LocalizedText wrongFeedback = parts.size() > 1 ? text(unescape(parts.get(1)).strip()) : null;
            LocalizedText rightFeedback = parts.size() > 2 ? text(unescape(parts.get(2)).strip()) : null;
            Choice t = new Choice("true", LocalizedText.of(language, "True"), right ? BigDecimal.ONE : BigDecimal.ZERO,
                    null, right ? rightFeedback : wrongFeedback);
            Choice f = new Choice("false", LocalizedText.of(language, "False"), right ? BigDecimal.ZERO : BigDecimal.ONE,
                    null, right ? wrongFeedback : rightFeedback);
            content = new QuestionContent(required(stem, open), List.of(t, f), List.of(), settings, general);
        } else {
            List<Answer> answers = answers(b, at, d);
            boolean allRight = answers.stream().allMatch(a -> a.right);
            if (allRight && answers.stream().anyMatch(a -> indexOf(a.text, "->", 0) >= 0)) {
                d.type = QuestionTypes.MATCHING;
                List<Choice> pairs = new ArrayList<>();
                for (Answer a : answers) {
                    int arrow = indexOf(a.text, "->", 0);
                    if (arrow < 0) {
                        throw new Refusal(AssessmentsError.EXCHANGE_SYNTAX, a.offset, "matching-arrow");
                    }
                    String premise = clean(a.text.substring(0, arrow), d);
                    String answer = clean(a.text.substring(arrow + 2), d);
                    if (premise.isEmpty()) {
                        d.warning("warning.matching-distractor",
                                "an answer without a premise (an extra wrong answer) was left out");
                        continue;
                    }
                    pairs.add(new Choice(String.valueOf(pairs.size() + 1), required(premise, a.offset), BigDecimal.ZERO,
                            required(answer, a.offset), null));
                }
                content = new QuestionContent(required(stem, open), pairs, List.of(), settings, general);
            } else if (allRight) {
                d.type = QuestionTypes.SHORT_ANSWER;
                List<AcceptedAnswer> accepted = new ArrayList<>();
                for (Answer a : answers) {
                    accepted.add(new AcceptedAnswer(clean(a.text, d), a.credit(), null, a.feedback));
                }
                content = new QuestionContent(required(stem, open), List.of(), accepted, settings, general);
            } else {
                long positive = answers.stream().filter(a -> a.credit().signum() > 0).count();
                BigDecimal sum = answers.stream().map(Answer::credit).filter(c -> c.signum() > 0)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                boolean multiple = answers.stream().noneMatch(a -> a.right) && positive >= 2
                        && sum.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.00001")) <= 0;
                List<Choice> choices = new ArrayList<>();
                for (Answer a : answers) {
                    String t = clean(a.text, d);
                    choices.add(new Choice(String.valueOf(choices.size() + 1), required(t, a.offset), a.credit(), null,
                            a.feedback));
                }
                if (multiple) {
                    d.type = QuestionTypes.MULTIPLE_RESPONSE;
                    choices = Credits.snapToOne(choices);
                } else {
                    d.type = QuestionTypes.SINGLE_CHOICE;
                }
                content = new QuestionContent(required(stem, open), choices, List.of(), settings, general);
            }
        }
        d.content = content;
    }

    private static boolean isTrueFalse(String b) {
        String token = split(b, '#').get(0).strip().toUpperCase(Locale.ROOT);
        return token.equals("T") || token.equals("TRUE") || token.equals("F") || token.equals("FALSE");
    }

    private record Answer(boolean right, BigDecimal weight, String text, LocalizedText feedback, int offset) {
        BigDecimal credit() {
            return weight != null ? weight : right ? BigDecimal.ONE : BigDecimal.ZERO;
        }
    }

    /** Answers marked {@code =} or {@code ~}, each with an optional {@code %weight%} and {@code #feedback}. */
    private List<Answer> answers(String b, int at, Draft d) {
        List<Answer> out = new ArrayList<>();
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                marks.add(i);
            }
        }
        if (marks.isEmpty() || !b.substring(0, marks.get(0)).isBlank()) {
            throw new Refusal(AssessmentsError.EXCHANGE_SYNTAX, at, "answer-marker");
        }
        for (int m = 0; m < marks.size(); m++) {
            int from = marks.get(m);
            int to = m + 1 < marks.size() ? marks.get(m + 1) : b.length();
            out.add(answer(b.charAt(from) == '=', b.substring(from + 1, to), at + from, d));
        }
        return out;
    }

    private Answer answer(boolean right, String raw, int offset, Draft d) {
        String s = raw.strip();
        BigDecimal weight = null;
        if (s.startsWith("%")) {
            int end = s.indexOf('%', 1);
            weight = end < 0 ? null : Credits.fromPercent(s.substring(1, end));
            if (weight == null) {
                throw new Refusal(AssessmentsError.EXCHANGE_SYNTAX, offset, "weight");
            }
            s = s.substring(end + 1);
        }
        LocalizedText feedback = null;
        int hash = indexOf(s, "#", 0);
        if (hash >= 0) {
            feedback = text(stripFormat(unescape(s.substring(hash + 1)).strip(), d));
            s = s.substring(0, hash);
        }
        return new Answer(right, weight, s, feedback, offset);
    }

    private List<AcceptedAnswer> numeric(String nb, int at, Draft d) {
        List<AcceptedAnswer> out = new ArrayList<>();
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < nb.length(); i++) {
            char c = nb.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                marks.add(i);
            }
        }
        String lead = marks.isEmpty() ? nb : nb.substring(0, marks.get(0));
        if (!lead.isBlank()) {
            out.add(number(answer(true, lead, at, d), at));
        }
        for (int m = 0; m < marks.size(); m++) {
            int from = marks.get(m);
            int to = m + 1 < marks.size() ? marks.get(m + 1) : nb.length();
            Answer a = answer(nb.charAt(from) == '=', nb.substring(from + 1, to), at + from, d);
            if (!a.right && a.text.isBlank() || a.text.strip().equals("*")) {
                d.warning("warning.numeric-catch-all", "an answer matching any other number (its feedback) was left out");
                continue;
            }
            out.add(number(a, at + from));
        }
        return out;
    }

    private static AcceptedAnswer number(Answer a, int offset) {
        String s = a.text.strip();
        try {
            BigDecimal value;
            BigDecimal tolerance = null;
            int range = s.indexOf("..");
            if (range > 0) {
                BigDecimal lo = new BigDecimal(s.substring(0, range).strip());
                BigDecimal hi = new BigDecimal(s.substring(range + 2).strip());
                value = lo.add(hi).divide(BigDecimal.valueOf(2));
                tolerance = hi.subtract(lo).abs().divide(BigDecimal.valueOf(2));
            } else if (s.indexOf(':') > 0) {
                value = new BigDecimal(s.substring(0, s.indexOf(':')).strip());
                tolerance = new BigDecimal(s.substring(s.indexOf(':') + 1).strip());
            } else {
                value = new BigDecimal(s);
            }
            return new AcceptedAnswer(Credits.strip(value).toPlainString(), a.credit(),
                    tolerance == null ? null : Credits.strip(tolerance), a.feedback);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Refusal(AssessmentsError.EXCHANGE_SYNTAX, offset, "number");
        }
    }

    private String clean(String raw, Draft d) {
        return stripFormat(unescape(raw.strip()).strip(), d);
    }

    /** Drops a leading {@code [html]}-style marker of an answer or feedback (Ustoz keeps one format per question). */
    private static String stripFormat(String s, Draft d) {
        for (String f : FORMATS) {
            if (s.startsWith("[" + f + "]")) {
                d.warning("warning.answer-format", "text formats of single answers or feedback were left out");
                return s.substring(f.length() + 2).strip();
            }
        }
        return s;
    }

    private LocalizedText text(String s) {
        return s == null || s.isBlank() ? null : LocalizedText.of(language, s);
    }

    private LocalizedText required(String s, int offset) {
        if (s.isBlank()) {
            throw new Refusal(AssessmentsError.EXCHANGE_SYNTAX, offset, "empty-text");
        }
        return LocalizedText.of(language, s);
    }

    private static String titleOf(String s) {
        if (s.startsWith("::")) {
            int end = indexOf(s, "::", 2);
            if (end > 0) {
                return unescape(s.substring(2, end)).strip();
            }
        }
        return null;
    }

    /** GIFT escapes undone: {@code \~ \= \# \{ \} \: \\} give the character, {@code \n} a line break; any other backslash stays. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if ("~=#{}:\\".indexOf(n) >= 0) {
                    out.append(n);
                    i++;
                    continue;
                }
                if (n == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The first unescaped occurrence of {@code token} from {@code from}, or -1. */
    static int indexOf(String s, String token, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} split at unescaped {@code c}. */
    static List<String> split(String s, char c) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == c) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static int lineOf(String s, int offset) {
        int n = 0;
        for (int i = 0; i < Math.min(offset, s.length()); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** A question that cannot be read, at an offset of its block. */
    private static final class Refusal extends RuntimeException {
        final AssessmentsError code;
        final int offset;
        final String what;

        Refusal(AssessmentsError code, int offset, String what) {
            super(code.code(), null, false, false);
            this.code = code;
            this.offset = offset;
            this.what = what;
        }
    }
}
