package org.ustoz.assessments.exchange.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.ustoz.assessments.question.Choice;
import org.ustoz.assessments.question.Credit;

/** Moodle weights (percentages) to Ustoz credits and back. */
final class Credits {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CLOSE = new BigDecimal("0.00001");

    private Credits() {
    }

    /** A percentage, such as {@code 33.33333} or {@code -100}, as a credit with seven decimal places; null if not a number. */
    static BigDecimal fromPercent(String percent) {
        try {
            BigDecimal p = new BigDecimal(percent.trim());
            if (p.abs().compareTo(HUNDRED) > 0) {
                return null;
            }
            return strip(p.divide(HUNDRED, Credit.SCALE, RoundingMode.HALF_EVEN));
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** A credit as a percentage for the file, such as {@code 33.33333}. */
    static String toPercent(BigDecimal credit) {
        return credit.multiply(HUNDRED).stripTrailingZeros().toPlainString();
    }

    /**
     * When the positive credits add up to 1 within 0.00001 but not exactly (thirds written as
     * 33.33333), the last positive choice takes up the difference.
     */
    static List<Choice> snapToOne(List<Choice> choices) {
        BigDecimal sum = BigDecimal.ZERO;
        int last = -1;
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).credit().signum() > 0) {
                sum = sum.add(choices.get(i).credit());
                last = i;
            }
        }
        BigDecimal gap = BigDecimal.ONE.subtract(sum);
        if (last < 0 || gap.signum() == 0 || gap.abs().compareTo(CLOSE) > 0) {
            return choices;
        }
        List<Choice> out = new ArrayList<>(choices);
        Choice c = out.get(last);
        out.set(last, new Choice(c.key(), c.text(), strip(c.credit().add(gap)), c.match(), c.feedback()));
        return out;
    }

    static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
