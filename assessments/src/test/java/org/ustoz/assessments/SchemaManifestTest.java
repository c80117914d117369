package org.ustoz.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ustoz.core.UstozModules;
import org.ustoz.core.persistence.Vendor;
import org.ustoz.core.testing.TestDatabase;

/**
 * The schema that every module's Flyway migrations build is the same on H2, PostgreSQL and MariaDB.
 *
 * <p>The three vendor copies of each migration ({@code db/migration/ustoz/<module>/{h2,postgresql,mariadb}})
 * are written by hand and could drift apart: a column nullable on one vendor, a constraint missing or
 * named differently on another (and error mapping finds constraints by name). This test migrates a
 * fresh database of the suite's kind ({@link TestDatabase#kind()}: H2 by default, or the Maven profiles
 * {@code postgresql} and {@code mariadb}), reads its structure back from the database itself
 * (JDBC {@link DatabaseMetaData}, and {@code information_schema} or the PostgreSQL catalog where JDBC
 * has no answer: unique and check constraints), renders it in one deterministic, vendor-neutral text
 * form and compares that with the single checked-in manifest {@code src/test/resources/schema/manifest.txt}.
 * Running it on all three databases therefore shows that the three are alike; a mismatch fails with a
 * unified-style diff that names the vendor.
 *
 * <p><b>Regenerating the manifest</b> after an intended schema change (a new migration on every vendor):
 * <pre>
 * ./mvnw -B -pl assessments -am verify -Dtest=SchemaManifestTest -Dsurefire.failIfNoSpecifiedTests=false -Dustoz.schema.write=true
 * </pre>
 * writes {@code assessments/src/test/resources/schema/manifest.txt} from the database the suite runs on
 * instead of comparing; then run the test without the property on the other two vendors
 * ({@code -Ppostgresql}, {@code -Pmariadb}) and review the manifest's diff like any other change.
 *
 * <p><b>What is compared</b> (every identifier lower-cased; only tables whose name starts with
 * {@code ustoz_}, without the Flyway history tables {@code ustoz_*_schema_history}):
 * <ul>
 * <li>tables, sorted by name;</li>
 * <li>columns in declaration order, each with its type family and {@code null}/{@code not null};</li>
 * <li>the primary key's columns (not its name: MariaDB names every primary key {@code PRIMARY});</li>
 * <li>foreign keys: name, columns, referenced table and columns, and the delete rule;</li>
 * <li>unique constraints and unique indexes alike, as {@code unique}: name and columns (MariaDB does not
 * tell a {@code CREATE UNIQUE INDEX} from a {@code UNIQUE} constraint, and error mapping treats both alike);</li>
 * <li>check constraint names (their expressions are vendor dialect and are not compared);</li>
 * <li>other indexes created by the migrations: name and columns in index order (not operator classes
 * such as PostgreSQL's {@code varchar_pattern_ops}, nor sort order).</li>
 * </ul>
 *
 * <p><b>Type families</b>, from the types the migrations actually use:
 * <table>
 * <caption>type families</caption>
 * <tr><th>family</th><th>H2</th><th>PostgreSQL</th><th>MariaDB</th></tr>
 * <tr><td>{@code uuid}</td><td>UUID</td><td>uuid</td><td>UUID (10.7+)</td></tr>
 * <tr><td>{@code varchar(n)}</td><td>CHARACTER VARYING(n)</td><td>varchar(n)</td><td>VARCHAR(n)</td></tr>
 * <tr><td>{@code text} (unbounded text)</td><td>CLOB</td><td>text</td><td>LONGTEXT</td></tr>
 * <tr><td>{@code integer} / {@code bigint} / {@code smallint}</td><td>INTEGER / BIGINT / SMALLINT</td>
 * <td>int4 / int8 / int2</td><td>INT / BIGINT / SMALLINT</td></tr>
 * <tr><td>{@code decimal(p,s)}</td><td>NUMERIC(p,s)</td><td>numeric(p,s)</td><td>DECIMAL(p,s)</td></tr>
 * <tr><td>{@code boolean}</td><td>BOOLEAN</td><td>bool</td><td>BOOLEAN = TINYINT(1) (reported as BIT or TINYINT size 1)</td></tr>
 * <tr><td>{@code timestamp(f)}: an instant, f fractional digits</td><td>TIMESTAMP(f) WITH TIME ZONE</td>
 * <td>timestamptz(f)</td><td>DATETIME(f), always UTC</td></tr>
 * <tr><td>{@code date}</td><td>DATE</td><td>date</td><td>DATE</td></tr>
 * </table>
 * A UUID kept as {@code CHAR(36)} or {@code BINARY(16)} is deliberately <em>not</em> folded into
 * {@code uuid}: the project uses the native type on every vendor, so such a column would be a
 * difference. JSON/JSONB would fold into {@code text}; a type outside the table appears as
 * {@code unmapped <vendor type>} and so fails until it is given a family here.
 *
 * <p><b>Index rule.</b> A vendor creates indexes of its own behind constraints: every vendor for the
 * primary key and for unique constraints, MariaDB and H2 for each foreign key (MariaDB names it after
 * the constraint; H2 gives it a generated name). Only indexes a migration creates with
 * {@code CREATE INDEX} are compared, so an index is left out when its name is the name of a primary
 * key, unique or foreign key constraint of its table (or {@code PRIMARY}), or when it is an index H2
 * generated for a constraint: H2 reports it as backing the constraint
 * ({@code INFORMATION_SCHEMA.TABLE_CONSTRAINTS.INDEX_NAME}) and its name is H2's generated one,
 * {@code <constraint>_INDEX_<n>} or {@code PRIMARY_KEY_<n>}. (The name matters: when H2 rebuilds a table,
 * for example for {@code ALTER TABLE ... ADD COLUMN}, it may move a foreign key onto an index the
 * migration created, such as {@code ix_ustoz_enrolment_trainee}, and drop its own; that index still counts.)
 *
 * <p>A second test checks that every constraint name error mapping relies on
 * ({@link UstozModules#constraintErrors()}) exists on the migrated database as a unique, check or
 * foreign key constraint or a unique index.
 */
class SchemaManifestTest {

    /** The manifest on the test class path (compared) and in the source tree (written). */
    private static final String MANIFEST = "schema/manifest.txt";
    private static final String WRITE_PROPERTY = "ustoz.schema.write";

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.create();
        // migrate on a pool of its own and close it, so the schema is read as a later connection sees it
        try (HikariDataSource migrations = db.newPool(2)) {
            UstozModules.discover().migrate(migrations);
        }
    }

    @AfterAll
    static void drop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void schemaOnThisVendorIsTheManifest() throws Exception {
        String actual = header() + render(read(db.dataSource(), db.vendor()));
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Path file = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
                    "src", "test", "resources", MANIFEST);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            System.out.println("SchemaManifestTest: wrote " + file + " from " + db);
            return;
        }
        String expected;
        try (InputStream in = SchemaManifestTest.class.getClassLoader().getResourceAsStream(MANIFEST)) {
            assertThat(in).as("%s on the test class path (generate it with -D%s=true)", MANIFEST, WRITE_PROPERTY)
                    .isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> diff = Diff.unified(lines(expected), lines(actual), MANIFEST, db.vendor().folder() + " database");
        assertThat(diff)
                .withFailMessage(() -> "The schema the migrations build on " + db.vendor().folder()
                        + " differs from " + MANIFEST + " (- manifest, + " + db.vendor().folder() + "):\n"
                        + String.join("\n", diff))
                .isEmpty();
    }

    @Test
    void everyConstraintNameErrorMappingReliesOnExistsOnThisVendor() throws Exception {
        Set<String> names = new TreeSet<>();
        UstozModules.discover().constraintErrors().keySet().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        assertThat(names).as("constraint names mapped to errors").isNotEmpty();

        Set<String> present = new TreeSet<>();
        for (Table table : read(db.dataSource(), db.vendor()).values()) {
            present.addAll(table.uniques.keySet());
            present.addAll(table.checks);
            table.foreignKeys.values().forEach(fk -> present.add(fk.name));
            present.addAll(table.uniqueIndexNames);
        }
        Set<String> missing = new TreeSet<>(names);
        missing.removeAll(present);
        assertThat(missing).as("constraint names of UstozModules.constraintErrors() that are no unique, check or"
                + " foreign key constraint nor unique index on %s", db.vendor().folder()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    /** One table as the database reports it, already normalised. */
    static final class Table {
        final String name;
        final List<String> columns = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();
        final Map<String, ForeignKey> foreignKeys = new TreeMap<>();
        final Map<String, List<String>> uniques = new TreeMap<>();
        final Set<String> checks = new TreeSet<>();
        final Map<String, Index> indexes = new TreeMap<>();
        /** Every unique index, also those behind constraints (for the constraint-name test). */
        final Set<String> uniqueIndexNames = new TreeSet<>();

        Table(String name) {
            this.name = name;
        }
    }

    /** A foreign key: its columns and what they reference, in key order. */
    static final class ForeignKey {
        final String name;
        final List<String> columns = new ArrayList<>();
        final List<String> referencedColumns = new ArrayList<>();
        String referencedTable;
        String deleteRule;

        ForeignKey(String name) {
            this.name = name;
        }
    }

    /** An index: unique or not, its columns in index order. */
    static final class Index {
        final String name;
        final boolean unique;
        final TreeMap<Integer, String> columns = new TreeMap<>();

        Index(String name, boolean unique) {
            this.name = name;
            this.unique = unique;
        }
    }

    private static String lower(String identifier) {
        return identifier == null ? null : identifier.toLowerCase(Locale.ROOT);
    }

    /** The Ustoz tables of the database behind a data source, by name. */
    static Map<String, Table> read(DataSource dataSource, Vendor vendor) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            // MariaDB calls its databases catalogs; H2 and PostgreSQL use schemas
            String catalog = vendor == Vendor.MARIADB ? c.getCatalog() : null;
            String schema = vendor == Vendor.MARIADB ? null : c.getSchema();
            String infoSchema = vendor == Vendor.MARIADB ? c.getCatalog() : c.getSchema();

            Map<String, Table> tables = new TreeMap<>();
            List<String> reported = new ArrayList<>();
            try (ResultSet rs = md.getTables(catalog, schema, "%", null)) {
                while (rs.next()) {
                    String type = rs.getString("TABLE_TYPE");
                    String name = rs.getString("TABLE_NAME");
                    if (type != null && type.toUpperCase(Locale.ROOT).contains("TABLE")
                            && !type.toUpperCase(Locale.ROOT).contains("SYSTEM")
                            && lower(name).startsWith("ustoz_") && !lower(name).endsWith("_schema_history")) {
                        reported.add(name);
                    }
                }
            }
            Map<String, Integer> fractionalDigits = fractionalDigits(c, infoSchema);
            for (String reportedName : reported) {
                Table table = new Table(lower(reportedName));
                tables.put(table.name, table);
                readColumns(md, catalog, schema, reportedName, table, fractionalDigits);
                readPrimaryKey(md, catalog, schema, reportedName, table);
                readForeignKeys(md, catalog, schema, reportedName, table);
            }
            readUniques(c, infoSchema, tables);
            readChecks(c, vendor, infoSchema, tables);
            Set<String> h2ConstraintIndexes = vendor == Vendor.H2 ? h2ConstraintIndexes(c, infoSchema) : Set.of();
            for (String reportedName : reported) {
                readIndexes(md, catalog, schema, reportedName, tables.get(lower(reportedName)), h2ConstraintIndexes);
            }
            return tables;
        }
    }

    private static void readColumns(DatabaseMetaData md, String catalog, String schema, String tableName, Table table,
            Map<String, Integer> fractionalDigits) throws SQLException {
        TreeMap<Integer, String> byPosition = new TreeMap<>();
        try (ResultSet rs = md.getColumns(catalog, schema, tableName, "%")) {
            while (rs.next()) {
                String column = lower(rs.getString("COLUMN_NAME"));
                String family = family(rs.getString("TYPE_NAME"), rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE"),
                        rs.getInt("DECIMAL_DIGITS"), fractionalDigits.get(table.name + "." + column));
                boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                byPosition.put(rs.getInt("ORDINAL_POSITION"),
                        column + " " + family + (nullable ? " null" : " not null"));
            }
        }
        table.columns.addAll(byPosition.values());
    }

    /**
     * The fractional seconds digits of every date-time column, as {@code table.column}, from
     * {@code information_schema.columns.datetime_precision}: the MariaDB driver reports
     * {@code DECIMAL_DIGITS} 0 for a {@code DATETIME(6)}.
     */
    private static Map<String, Integer> fractionalDigits(Connection c, String infoSchema) throws SQLException {
        Map<String, Integer> digits = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name, datetime_precision"
                + " FROM information_schema.columns WHERE table_schema = ? AND datetime_precision IS NOT NULL")) {
            ps.setString(1, infoSchema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    digits.put(lower(rs.getString(1)) + "." + lower(rs.getString(2)), rs.getInt(3));
                }
            }
        }
        return digits;
    }

    /**
     * The type family of a column (see the class comment for the mapping): the vendor's type name decides,
     * with its size and digits where the family has them ({@code fraction}: the fractional seconds digits
     * of a date-time column, or null).
     */
    static String family(String typeName, int dataType, int size, int digits, Integer fraction) {
        String type = typeName.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "uuid" -> "uuid";
            case "varchar", "character varying", "nvarchar", "varchar2" -> "varchar(" + size + ")";
            case "char", "character", "bpchar", "nchar" -> "char(" + size + ")";
            case "text", "clob", "character large object", "longtext", "mediumtext", "tinytext", "json", "jsonb" -> "text";
            case "int", "int4", "integer", "serial" -> "integer";
            case "bigint", "int8", "bigserial" -> "bigint";
            case "smallint", "int2" -> "smallint";
            case "numeric", "decimal" -> "decimal(" + size + "," + digits + ")";
            case "bool", "boolean" -> "boolean";
            // MariaDB: BOOLEAN is TINYINT(1), which the driver reports as BIT (tinyInt1isBit) or TINYINT of size 1
            case "bit", "tinyint" -> (size == 1 || dataType == Types.BIT || dataType == Types.BOOLEAN) ? "boolean"
                    : "unmapped " + type + "(" + size + ")";
            case "timestamptz", "timestamp with time zone", "timestamp", "timestamp without time zone", "datetime" ->
                    "timestamp(" + fraction + ")";
            case "date" -> "date";
            default -> "unmapped " + type;
        };
    }

    private static void readPrimaryKey(DatabaseMetaData md, String catalog, String schema, String tableName,
            Table table) throws SQLException {
        TreeMap<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, tableName)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
                table.uniqueIndexNames.add(lower(rs.getString("PK_NAME")));
            }
        }
        table.primaryKey.addAll(columns.values());
    }

    private static void readForeignKeys(DatabaseMetaData md, String catalog, String schema, String tableName,
            Table table) throws SQLException {
        Map<String, TreeMap<Integer, String[]>> parts = new TreeMap<>();
        try (ResultSet rs = md.getImportedKeys(catalog, schema, tableName)) {
            while (rs.next()) {
                String name = lower(rs.getString("FK_NAME"));
                ForeignKey fk = table.foreignKeys.computeIfAbsent(name, ForeignKey::new);
                fk.referencedTable = lower(rs.getString("PKTABLE_NAME"));
                fk.deleteRule = switch (rs.getInt("DELETE_RULE")) {
                    case DatabaseMetaData.importedKeyCascade -> "cascade";
                    case DatabaseMetaData.importedKeySetNull -> "set null";
                    case DatabaseMetaData.importedKeySetDefault -> "set default";
                    // the migrations give no ON DELETE; vendors report the default as RESTRICT or NO ACTION
                    default -> "restrict";
                };
                parts.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"),
                        new String[] {lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKCOLUMN_NAME"))});
            }
        }
        parts.forEach((name, columns) -> columns.values().forEach(pair -> {
            table.foreignKeys.get(name).columns.add(pair[0]);
            table.foreignKeys.get(name).referencedColumns.add(pair[1]);
        }));
    }

    /** Unique constraints with their columns: JDBC metadata has no call for them. */
    private static void readUniques(Connection c, String infoSchema, Map<String, Table> tables) throws SQLException {
        String sql = "SELECT kcu.table_name, kcu.constraint_name, kcu.column_name, kcu.ordinal_position"
                + " FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage kcu ON kcu.constraint_schema = tc.constraint_schema"
                + " AND kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name"
                + " WHERE tc.constraint_type = 'UNIQUE' AND tc.table_schema = ?"
                + " ORDER BY kcu.table_name, kcu.constraint_name, kcu.ordinal_position";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, infoSchema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Table table = tables.get(lower(rs.getString(1)));
                    if (table != null) {
                        table.uniques.computeIfAbsent(lower(rs.getString(2)), n -> new ArrayList<>())
                                .add(lower(rs.getString(3)));
                    }
                }
            }
        }
    }

    /**
     * Check constraint names. PostgreSQL's {@code information_schema} also lists every NOT NULL as a check
     * with a generated name, so there the catalog {@code pg_constraint} answers.
     */
    private static void readChecks(Connection c, Vendor vendor, String infoSchema, Map<String, Table> tables)
            throws SQLException {
        String sql = vendor == Vendor.POSTGRESQL
                ? "SELECT t.relname, con.conname FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid"
                        + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE con.contype = 'c' AND n.nspname = ?"
                : "SELECT table_name, constraint_name FROM information_schema.table_constraints"
                        + " WHERE constraint_type = 'CHECK' AND table_schema = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, infoSchema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Table table = tables.get(lower(rs.getString(1)));
                    if (table != null) {
                        table.checks.add(lower(rs.getString(2)));
                    }
                }
            }
        }
    }

    /**
     * The indexes H2 generated behind primary key, unique and foreign key constraints, as
     * {@code table.index}: those H2 reports as backing a constraint that carry H2's generated name.
     */
    private static Set<String> h2ConstraintIndexes(Connection c, String infoSchema) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, constraint_name, index_name"
                + " FROM information_schema.table_constraints WHERE table_schema = ? AND index_name IS NOT NULL")) {
            ps.setString(1, infoSchema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String constraint = lower(rs.getString(2));
                    String index = lower(rs.getString(3));
                    if (index.startsWith(constraint + "_index_") || index.startsWith("primary_key_")) {
                        names.add(lower(rs.getString(1)) + "." + index);
                    }
                }
            }
        }
        return names;
    }

    private static void readIndexes(DatabaseMetaData md, String catalog, String schema, String tableName, Table table,
            Set<String> h2ConstraintIndexes) throws SQLException {
        Set<String> constraintNames = new TreeSet<>(table.uniques.keySet());
        constraintNames.addAll(table.foreignKeys.keySet());
        constraintNames.addAll(table.uniqueIndexNames); // the primary key's name
        constraintNames.add("primary");
        try (ResultSet rs = md.getIndexInfo(catalog, schema, tableName, false, false)) {
            while (rs.next()) {
                String name = lower(rs.getString("INDEX_NAME"));
                if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                boolean unique = !rs.getBoolean("NON_UNIQUE");
                if (unique) {
                    table.uniqueIndexNames.add(name);
                }
                if (constraintNames.contains(name) || h2ConstraintIndexes.contains(table.name + "." + name)) {
                    continue;
                }
                table.indexes.computeIfAbsent(name, n -> new Index(n, unique)).columns
                        .put((int) rs.getShort("ORDINAL_POSITION"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        // a unique index a migration created is listed with the unique constraints, as MariaDB lists it
        for (Index ix : List.copyOf(table.indexes.values())) {
            if (ix.unique) {
                table.uniques.put(ix.name, new ArrayList<>(ix.columns.values()));
                table.indexes.remove(ix.name);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // rendering and comparing

    private static String header() {
        return "# The schema of the Ustoz migrations, alike on H2, PostgreSQL and MariaDB (SchemaManifestTest).\n"
                + "# Generated: run SchemaManifestTest with -D" + WRITE_PROPERTY + "=true; see its javadoc for the"
                + " type families and the index rule.\n";
    }

    /** The deterministic text form of the tables. */
    static String render(Map<String, Table> tables) {
        StringBuilder out = new StringBuilder();
        for (Table t : tables.values()) {
            out.append('\n').append("table ").append(t.name).append('\n');
            t.columns.forEach(column -> out.append("  column ").append(column).append('\n'));
            out.append("  primary key (").append(String.join(", ", t.primaryKey)).append(")\n");
            t.foreignKeys.values().forEach(fk -> out.append("  foreign key ").append(fk.name)
                    .append(" (").append(String.join(", ", fk.columns)).append(") references ")
                    .append(fk.referencedTable).append(" (").append(String.join(", ", fk.referencedColumns))
                    .append(") on delete ").append(fk.deleteRule).append('\n'));
            t.uniques.forEach((name, columns) -> out.append("  unique ").append(name)
                    .append(" (").append(String.join(", ", columns)).append(")\n"));
            t.checks.forEach(name -> out.append("  check ").append(name).append('\n'));
            t.indexes.values().forEach(ix -> out.append("  index ").append(ix.name)
                    .append(" (").append(String.join(", ", ix.columns.values())).append(")\n"));
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        return List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    /** A line diff in the unified style (hunks with three lines of context), from a longest common subsequence. */
    static final class Diff {

        /** One line of the edit script: kept, removed or added, with its position in both texts. */
        private record Edit(char op, String text, int inA, int inB) {
        }

        private Diff() {
        }

        static List<String> unified(List<String> a, List<String> b, String aName, String bName) {
            int n = a.size();
            int m = b.size();
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            // the edit script: ' ' kept, '-' only in a, '+' only in b; with each line's position in a and b
            List<Edit> edits = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(i).equals(b.get(j))) {
                    edits.add(new Edit(' ', a.get(i), i++, j++));
                } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    edits.add(new Edit('-', a.get(i), i++, j));
                } else {
                    edits.add(new Edit('+', b.get(j), i, j++));
                }
            }
            List<String> out = new ArrayList<>();
            int k = 0;
            while (k < edits.size()) {
                if (edits.get(k).op() == ' ') {
                    k++;
                    continue;
                }
                int start = Math.max(0, k - 3);
                int end = k;
                // extend the hunk while changes are closer than seven lines apart
                int lastChange = k;
                while (end < edits.size() && end - lastChange <= 6) {
                    if (edits.get(end).op() != ' ') {
                        lastChange = end;
                    }
                    end++;
                }
                end = Math.min(edits.size(), lastChange + 4);
                if (out.isEmpty()) {
                    out.add("--- " + aName);
                    out.add("+++ " + bName);
                }
                int aCount = 0;
                int bCount = 0;
                for (int h = start; h < end; h++) {
                    char op = edits.get(h).op();
                    aCount += op != '+' ? 1 : 0;
                    bCount += op != '-' ? 1 : 0;
                }
                out.add("@@ -" + (edits.get(start).inA() + 1) + "," + aCount + " +" + (edits.get(start).inB() + 1) + ","
                        + bCount + " @@");
                for (int h = start; h < end; h++) {
                    out.add(edits.get(h).op() + edits.get(h).text());
                }
                k = end;
            }
            return out;
        }
    }
}
