package org.ustoz.assessments.exchange.internal;

import java.math.BigDecimal;
import java.util.List;

import org.ustoz.assessments.question.AcceptedAnswer;
import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionTypes;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.core.i18n.LocalizedText;

/** Writes questions as GIFT, with the escapes {@link GiftReader} undoes; texts in their primary language. */
final class GiftWriter {

    private GiftWriter() {
    }

    static String write(List<QuestionView> questions) {
        StringBuilder out = new StringBuilder();
        for (QuestionView q : questions) {
            QuestionContent c = q.content();
            String body = body(q.type(), c);
            if (body == null) {
                out.append("// Ustoz: question ").append(q.id()).append(" (").append(q.type())
                        .append(") cannot be written in GIFT\n\n");
                continue;
            }
            String title = c.setting("title", null);
            if (title != null) {
                out.append("::").append(escape(title)).append("::");
            }
            String format = c.setting("text-format", null);
            if (format != null && GiftReader.FORMATS.contains(format)) {
                out.append('[').append(format).append(']');
            }
            out.append(escape(c.stem().primary())).append(" {").append(body);
            if (c.feedback() != null) {
                out.append("\t####").append(escape(c.feedback().primary())).append('\n');
            }
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static String body(String type, QuestionContent c) {
        StringBuilder b = new StringBuilder();
        switch (type) {
            case QuestionTypes.ESSAY -> b.append('\n');
            case QuestionTypes.TRUE_FALSE -> {
                Choice t = c.choice("true");
                Choice f = c.choice("false");
                boolean right = t != null && t.credit().compareTo(BigDecimal.ONE) == 0;
                Choice rightChoice = right ? t : f;
                Choice wrongChoice = right ? f : t;
                b.append(right ? "TRUE" : "FALSE");
                LocalizedText wrongFb = wrongChoice == null ? null : wrongChoice.feedback();
                LocalizedText rightFb = rightChoice == null ? null : rightChoice.feedback();
                if (wrongFb != null || rightFb != null) {
                    b.append('#').append(wrongFb == null ? "" : escape(wrongFb.primary()));
                    if (rightFb != null) {
                        b.append('#').append(escape(rightFb.primary()));
                    }
                }
                b.append('\n');
            }
            case QuestionTypes.SINGLE_CHOICE, QuestionTypes.MULTIPLE_RESPONSE -> {
                boolean single = type.equals(QuestionTypes.SINGLE_CHOICE);
                b.append('\n');
                for (Choice ch : c.choices()) {
                    b.append('\t');
                    if (single && ch.credit().compareTo(BigDecimal.ONE) == 0) {
                        b.append('=');
                    } else {
                        b.append('~');
                        if (ch.credit().signum() != 0) {
                            b.append('%').append(Credits.toPercent(ch.credit())).append('%');
                        }
                    }
                    b.append(escape(ch.text().primary())).append(feedback(ch.feedback())).append('\n');
                }
            }
            case QuestionTypes.SHORT_ANSWER -> {
                b.append('\n');
                for (AcceptedAnswer a : c.answers()) {
                    b.append("\t=").append(weight(a.credit())).append(escape(a.value())).append(feedback(a.feedback()))
                            .append('\n');
                }
            }
            case QuestionTypes.NUMERIC -> {
                b.append("#\n");
                for (AcceptedAnswer a : c.answers()) {
                    b.append("\t=").append(weight(a.credit())).append(a.value().strip());
                    if (a.tolerance() != null) {
                        b.append(':').append(a.tolerance().stripTrailingZeros().toPlainString());
                    }
                    b.append(feedback(a.feedback())).append('\n');
                }
            }
            case QuestionTypes.MATCHING -> {
                b.append('\n');
                for (Choice ch : c.choices()) {
                    b.append("\t=").append(escape(ch.text().primary())).append(" -> ")
                            .append(escape(ch.match() == null ? "" : ch.match().primary())).append('\n');
                }
            }
            default -> {
                return null;
            }
        }
        return b.toString();
    }

    private static String weight(BigDecimal credit) {
        return credit.compareTo(BigDecimal.ONE) == 0 ? "" : "%" + Credits.toPercent(credit) + "%";
    }

    private static String feedback(LocalizedText feedback) {
        return feedback == null ? "" : "#" + escape(feedback.primary());
    }

    /** Escapes the GIFT control characters and the backslash; line breaks become {@code \n}. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("~=#{}:\\".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
