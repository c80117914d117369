package org.ustoz.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.ustoz.core.error.CoreError;
import org.ustoz.core.error.UstozException;

/** The database products Ustoz ships migrations for. */
public enum Vendor {
    H2("h2"),
    POSTGRESQL("postgresql"),
    MARIADB("mariadb");

    private final String folder;

    Vendor(String folder) {
        this.folder = folder;
    }

    /** The name of this vendor's migration folder, such as {@code postgresql}. */
    public String folder() {
        return folder;
    }

    /** The vendor of a JDBC product name, as {@link java.sql.DatabaseMetaData} reports it. */
    public static Vendor ofProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return MARIADB;
        }
        throw new UstozException(CoreError.UNSUPPORTED_DATABASE, productName);
    }

    /** The vendor of the database behind a data source (opens one connection). */
    public static Vendor of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return ofProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new UstozException(CoreError.UNSUPPORTED_DATABASE, e, e.getMessage());
        }
    }
}
