package org.ustoz.courses.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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
@Embeddable
public record Facilitator(
        @Column(name = "name", nullable = false, length = 200) @NotBlank @Size(max = 200) String name,
        @Column(name = "email", length = 254) @Email @Size(max = 254) String email,
        @Column(name = "role", length = 100) @Size(max = 100) String role) {
}
