package org.ustoz.courses.enrolment;

import java.util.Optional;

/**
 * The outcome of a withdrawal.
 *
 * @param withdrawn the withdrawn enrolment
 * @param promoted the waitlisted enrolment that took the freed seat, or {@code null}
 */
public record Withdrawal(EnrolmentView withdrawn, EnrolmentView promoted) {

    /** The enrolment promoted from the waitlist, if any. */
    public Optional<EnrolmentView> promotedFromWaitlist() {
        return Optional.ofNullable(promoted);
    }
}
