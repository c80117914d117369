package org.ustoz.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.ustoz.core.persistence.Vendor;

/**
 * A fresh, empty database for one test class, on the database the suite runs on: embedded H2 by
 * default, or the PostgreSQL or MariaDB server named by the system properties {@code ustoz.test.db}
 * and {@code ustoz.test.jdbc.url} (set by the Maven profiles {@code postgresql} and {@code mariadb}).
 * On a server, each instance creates its own schema (PostgreSQL) or database (MariaDB) and drops it
 * on close, so test classes never see each other's rows.
 */
public final class TestDatabase implements AutoCloseable {

    private final Vendor vendor;
    private final String name;
    private final String url;
    private final String user;
    private final String password;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final HikariDataSource dataSource;

    private TestDatabase(Vendor vendor, String name, String url, String user, String password) {
        this.vendor = vendor;
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataSource = newPool(20);
    }

    /** The database kind this suite runs on: {@code h2}, {@code postgresql} or {@code mariadb}. */
    public static String kind() {
        String kind = System.getProperty("ustoz.test.db", "");
        return kind.isBlank() ? "h2" : kind;
    }

    /** A new, empty database of the suite's kind. */
    public static TestDatabase create() {
        String name = "ustoz_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String user = System.getProperty("ustoz.test.jdbc.user", "");
        String password = System.getProperty("ustoz.test.jdbc.password", "");
        String base = System.getProperty("ustoz.test.jdbc.url", "");
        switch (kind().toLowerCase(Locale.ROOT)) {
            case "h2" -> {
                return new TestDatabase(Vendor.H2, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
            }
            case "postgresql" -> {
                admin(base, user, password, "CREATE SCHEMA " + name);
                String sep = base.contains("?") ? "&" : "?";
                return new TestDatabase(Vendor.POSTGRESQL, name, base + sep + "currentSchema=" + name, user, password);
            }
            case "mariadb" -> {
                admin(base, user, password,
                        "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                String server = base.substring(0, base.lastIndexOf('/'));
                return new TestDatabase(Vendor.MARIADB, name, server + "/" + name, user, password);
            }
            default -> throw new IllegalStateException("unknown ustoz.test.db: " + kind());
        }
    }

    private static void admin(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database at " + url + ": " + e.getMessage(), e);
        }
    }

    /** The vendor of this database. */
    public Vendor vendor() {
        return vendor;
    }

    /** The pooled data source of this database (up to 20 connections). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Another pool over the same database, as a second application instance would have. */
    public HikariDataSource newPool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName(name + "-" + pools.size());
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** Runs a plain SQL statement (for test set-up and assertions below the service layer). */
    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of a query, as a long. */
    public long queryLong(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
        String base = System.getProperty("ustoz.test.jdbc.url", "");
        String user = System.getProperty("ustoz.test.jdbc.user", "");
        String password = System.getProperty("ustoz.test.jdbc.password", "");
        switch (vendor) {
            case H2 -> {
                try (Connection c = DriverManager.getConnection(url, this.user, this.password);
                        Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                } catch (SQLException ignored) {
                    // already gone
                }
            }
            case POSTGRESQL -> admin(base, user, password, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
            case MARIADB -> admin(base, user, password, "DROP DATABASE IF EXISTS " + name);
        }
    }

    @Override
    public String toString() {
        return vendor.folder() + ":" + name;
    }
}
