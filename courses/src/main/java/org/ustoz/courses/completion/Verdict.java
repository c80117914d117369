package org.ustoz.courses.completion;

import java.util.List;
import java.util.Objects;

import org.ustoz.core.error.ErrorCode;

/**
 * A criterion's verdict on one enrolment: met, or unmet with a code whose message (from the code's
 * bundle, in the caller's language) tells the trainee what is missing.
 */
public record Verdict(boolean isMet, ErrorCode reason, List<Object> arguments) {

    private static final Verdict MET = new Verdict(true, null, List.of());

    public Verdict {
        arguments = List.copyOf(arguments);
        if (!isMet) {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The criterion is met. */
    public static Verdict met() {
        return MET;
    }

    /** The criterion is not met, for this reason. */
    public static Verdict unmet(ErrorCode reason, Object... arguments) {
        return new Verdict(false, reason, List.of(arguments));
    }
}
