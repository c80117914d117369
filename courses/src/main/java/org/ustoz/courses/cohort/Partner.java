package org.ustoz.courses.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An organisation taking part in a cohort, such as the host education office or a sponsor.
 *
 * @param name the organisation's name
 * @param role what it does for the cohort
 */
@Embeddable
public record Partner(
        @Column(name = "name", nullable = false, length = 300) @NotBlank @Size(max = 300) String name,
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(name = "role", nullable = false, length = 32) @NotNull PartnerRole role) {
}
