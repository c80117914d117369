package org.ustoz.assessments.question.internal;

import static org.ustoz.assessments.question.QuestionTypes.ABSOLUTE;
import static org.ustoz.assessments.question.QuestionTypes.RELATIVE;
import static org.ustoz.assessments.question.QuestionTypes.TOLERANCE;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.Credit;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.Response;

/**
 * {@value QuestionTypes#NUMERIC}: a number compared with the accepted answers within their tolerance,
 * {@value QuestionTypes#ABSOLUTE} (the default) or {@value QuestionTypes#RELATIVE}; the best matching
 * answer's credit counts. Decimal arithmetic only.
 */
public final class NumericType implements QuestionType {

    /** Longest number accepted, in characters. */
    static final int MAX_LENGTH = 100;
    /** An optional sign, then digits with at most one decimal point or comma and digits after it. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\p{Nd}+(?:[.,]\\p{Nd}+)?|[.,]\\p{Nd}+)");

    @Override
    public String id() {
        return QuestionTypes.NUMERIC;
    }

    @Override
    public List<ContentProblem> problemsWith(QuestionContent content) {
        List<ContentProblem> problems = new ArrayList<>();
        Checks.setting(content, TOLERANCE, problems, ABSOLUTE, RELATIVE);
        List<AcceptedAnswer> answers = content.answers();
        if (answers.isEmpty()) {
            problems.add(new ContentProblem("answers", "needs at least 1 accepted answer"));
        }
        boolean full = false;
        for (int i = 0; i < answers.size(); i++) {
            AcceptedAnswer answer = answers.get(i);
            if (parse(answer.value()) == null) {
                problems.add(new ContentProblem("answers[" + i + "].value", notANumber(answer.value())));
            }
            if (answer.tolerance() != null && answer.tolerance().signum() < 0) {
                problems.add(new ContentProblem("answers[" + i + "].tolerance",
                        "tolerance " + answer.tolerance().toPlainString() + " must not be negative"));
            }
            Checks.creditWithin(answer.credit(), BigDecimal.ZERO, BigDecimal.ONE, "answers[" + i + "].credit",
                    problems);
            full |= answer.credit().compareTo(BigDecimal.ONE) == 0;
        }
        if (!full && !answers.isEmpty()) {
            problems.add(new ContentProblem("answers", "no answer earns full credit (1)"));
        }
        return List.copyOf(problems);
    }

    @Override
    public List<String> problemsWithResponse(QuestionContent content, Response response) {
        if (response.isEmpty()) {
            return List.of();
        }
        if (response.values().size() != 1) {
            return List.of("expected one number, got " + response.values().size() + " values");
        }
        return parse(response.single()) == null ? List.of(notANumber(response.single())) : List.of();
    }

    @Override
    public Credit grade(QuestionContent content, Response response) {
        Checks.requireGradable(id(), problemsWithResponse(content, response));
        boolean relative = RELATIVE.equals(Checks.settingForGrading(content, TOLERANCE, ABSOLUTE, RELATIVE));
        if (response.isEmpty()) {
            return Credit.NONE;
        }
        BigDecimal number = parse(response.single());
        BigDecimal best = null;
        for (AcceptedAnswer answer : content.answers()) {
            BigDecimal value = parse(answer.value());
            if (value != null && within(number, value, answer.tolerance(), relative)
                    && (best == null || answer.credit().compareTo(best) > 0)) {
                best = answer.credit();
            }
        }
        return best == null ? Credit.NONE : Credit.of(best);
    }

    /** Whether {@code number} is within {@code tolerance} of {@code value}; a {@code null} tolerance means exactly. */
    static boolean within(BigDecimal number, BigDecimal value, BigDecimal tolerance, boolean relative) {
        BigDecimal distance = number.subtract(value).abs();
        if (tolerance == null) {
            return distance.signum() == 0;
        }
        BigDecimal allowed = relative ? tolerance.multiply(value.abs()) : tolerance;
        return distance.compareTo(allowed) <= 0;
    }

    /**
     * A number as a trainee or author writes it, or {@code null}: after NFKC (so full-width digits
     * count) and trimming, an optional sign ({@code +}, {@code -} or the minus sign U+2212), decimal
     * digits of any script, and at most one decimal separator, a point or a comma, with digits after
     * it. No thousands separators and no exponent: {@code 3,5} is three and a half.
     */
    static BigDecimal parse(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace('\u2212', '-');
        if (s.length() > MAX_LENGTH || !NUMBER.matcher(s).matches()) {
            return null;
        }
        StringBuilder plain = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == ',') {
                plain.append('.');
            } else if (Character.isDigit(cp)) {
                plain.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                plain.appendCodePoint(cp);
            }
        });
        return new BigDecimal(plain.toString());
    }

    private static String notANumber(String text) {
        String shown = text.codePointCount(0, text.length()) > 40
                ? text.substring(0, text.offsetByCodePoints(0, 40)) + "…" : text;
        return "\"" + shown + "\" is not a number; write digits with a point or a comma, such as 3.5 or 3,5";
    }
}
