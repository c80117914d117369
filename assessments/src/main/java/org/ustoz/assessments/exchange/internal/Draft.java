package org.ustoz.assessments.exchange.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ustoz.assessments.exchange.ImportProblem;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.core.error.UstozException;

/** A question read from a file, before it is checked and written. */
final class Draft {

    final int line;
    final int element;
    String type;
    String title;
    List<String> category = List.of();
    QuestionContent content;
    BigDecimal points = BigDecimal.ONE;
    final List<ImportProblem> notes = new ArrayList<>();
    UstozException error;

    Draft(int line, int element) {
        this.line = line;
        this.element = element;
    }

    /** The place arguments of an exchange error: kind (0 line, 1 element) and number. */
    Object[] place() {
        return element > 0 ? new Object[] {1, element} : new Object[] {0, line};
    }

    void unsupported(String code, String note) {
        notes.add(new ImportProblem(ImportProblem.Severity.UNSUPPORTED, code, null, note));
    }

    void warning(String code, String note) {
        if (notes.stream().noneMatch(n -> n.code().equals(code))) {
            notes.add(new ImportProblem(ImportProblem.Severity.WARNING, code, null, note));
        }
    }

    boolean isUnsupported() {
        return notes.stream().anyMatch(n -> n.severity() == ImportProblem.Severity.UNSUPPORTED);
    }
}
