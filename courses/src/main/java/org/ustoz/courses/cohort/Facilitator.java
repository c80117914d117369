package org.ustoz.courses.cohort;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person who teaches or coordinates a cohort.
 *
 * @param name name as the person writes it
 * @param email contact address, optional
 * @param role role such as "lead facilitator" or "interpreter", optional
 */
public record Facilitator(
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @Size(max = 100) String role) {
}
