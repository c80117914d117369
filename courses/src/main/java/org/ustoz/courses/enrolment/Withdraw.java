package org.ustoz.courses.enrolment;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ustoz.core.validation.PlainText;

/**
 * Withdraws a waitlisted or enrolled trainee. A freed seat goes to the first trainee of the waitlist.
 *
 * @param enrolmentId the enrolment
 * @param reason why, as told by the trainee or coordinator
 */
public record Withdraw(@NotNull UUID enrolmentId, @NotBlank @Size(max = 1000) @PlainText(PlainText.Kind.REASON) String reason) {
}
