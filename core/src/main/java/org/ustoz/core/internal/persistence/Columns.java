package org.ustoz.core.internal.persistence;

/** Column sizes shared by the modules' mappings and migrations. */
public final class Columns {

    /**
     * Length of long text columns (JSON of a {@link org.ustoz.core.i18n.LocalizedText}): large enough
     * that Hibernate expects {@code longtext} on MariaDB; {@code text} on PostgreSQL and {@code clob}
     * on H2 ignore it.
     */
    public static final int LONG_TEXT = 16_777_216;

    private Columns() {
    }
}
