package org.ustoz.courses.importing;

/**
 * Why a row is refused.
 *
 * @param column the column's name in the file's header (or the field's name when the file has no such column)
 * @param code an error code, such as {@code courses.import.duplicate-row}, or a constraint's name, such as {@code Email}
 * @param reason in the caller's language; never the value itself
 */
public record RowProblem(String column, String code, String reason) {
}
