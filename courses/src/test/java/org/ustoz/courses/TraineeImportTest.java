package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.ustoz.core.error.UstozException;
import org.ustoz.courses.cohort.CohortView;
import org.ustoz.courses.importing.ImportAction;
import org.ustoz.courses.importing.ImportFormat;
import org.ustoz.courses.importing.MatchBy;
import org.ustoz.courses.importing.RowResult;
import org.ustoz.courses.importing.TraineeImportOptions;
import org.ustoz.courses.importing.TraineeImportReport;
import org.ustoz.courses.trainee.TraineeView;

/**
 * CSV trainee import over the shared Moodle and OneRoster fixtures (GPL: read from
 * ../../shared/fixtures, not copied into the repository) and generated files.
 */
class TraineeImportTest extends ServiceTest {

    static final Path FIXTURES = Path.of(System.getProperty("ustoz.fixtures", "../../shared/fixtures"));
    static final TraineeImportOptions DRY = TraineeImportOptions.defaults("UZ").asDryRun();

    static InputStream fixture(String dir, String name) {
        try {
            return Files.newInputStream(FIXTURES.resolve(dir).resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream moodle(String name) {
        return fixture("moodle-uploaduser-csv", "moodle__moodle__" + name);
    }

    static InputStream oneRoster(String name) {
        return fixture("oneroster-csv", "catalyst__moodle-enrol_oneroster__" + name);
    }

    static InputStream text(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    static TraineeImportReport run(InputStream in, TraineeImportOptions options) {
        return f.courses.imports().importTrainees(in, options);
    }

    static void assertCounts(TraineeImportReport r, int created, int updated, int unchanged, int enrolled, int failed) {
        assertThat(List.of(r.created(), r.updated(), r.unchanged(), r.enrolled(), r.failed()))
                .as("created, updated, unchanged, enrolled, failed")
                .containsExactly(created, updated, unchanged, enrolled, failed);
    }

    @Test
    void moodleFixturesInDryRun() {
        asTenant("import-moodle", () -> {
            CohortView math = f.courses.cohorts().openEnrolment(f.courses.cohorts().schedule(
                    f.scheduleCohort(f.publishedCourse("IMPM").id(), "math102", 30, null)).id());
            TraineeImportReport example = run(moodle("example.csv"), DRY);
            assertThat(example.format()).isEqualTo(ImportFormat.MOODLE_UPLOAD_USERS);
            assertThat(example.dryRun()).isTrue();
            assertThat(example.written()).isFalse();
            assertCounts(example, 3, 0, 0, 0, 0);
            assertThat(example.rows()).extracting(RowResult::line).containsExactly(2L, 3L, 4L); // no final newline
            assertThat(example.rows().get(2).actions()).containsExactly(ImportAction.CREATE);

            TraineeImportReport cohorts = run(moodle("upload_users_cohorts.csv"), DRY);
            assertCounts(cohorts, 4, 0, 0, 0, 0);

            TraineeImportReport matching = run(moodle("upload_users_email_matching.csv"), DRY);
            assertCounts(matching, 2, 0, 0, 2, 0);
            assertThat(matching.rows().get(0).actions()).containsExactly(ImportAction.CREATE, ImportAction.ENROL);

            TraineeImportReport period = run(moodle("upload_users_enrol_date_period.csv"), DRY);
            assertCounts(period, 2, 0, 0, 2, 0);
            assertThat(f.courses.enrolments().summary(math.id()).enrolled()).isZero();
            assertCode(() -> f.courses.trainees().getByEmail("s1@example.com"), "courses.trainee.not-found");

            // a cohort code nobody has is the row's error, on its column
            f.courses.cohorts().cancel(math.id(), "Closed for the test");
            TraineeImportReport closed = run(moodle("upload_users_email_matching.csv"), DRY);
            assertCounts(closed, 0, 0, 0, 0, 2);
            assertThat(closed.rows().get(0).problems().get(0).column()).isEqualTo("course1");
            System.out.printf("Moodle fixtures (created/updated/unchanged/enrolled/failed): example %s, cohorts %s,"
                    + " email_matching %s, enrol_date_period %s%n", counts(example), counts(cohorts), counts(matching),
                    counts(period));
        });
    }

    static String counts(TraineeImportReport r) {
        return r.created() + "/" + r.updated() + "/" + r.unchanged() + "/" + r.enrolled() + "/" + r.failed();
    }

    @Test
    void oneRosterFixturesInDryRun() {
        asTenant("import-oneroster", () -> {
            for (String name : List.of("Test_full_data_set.zip__users.csv", "v1p2_full_dataset.zip__users.csv")) {
                TraineeImportReport r = run(oneRoster(name), DRY.matching(MatchBy.EXTERNAL_ID));
                assertThat(r.format()).isEqualTo(ImportFormat.ONEROSTER_USERS);
                assertCounts(r, 6, 0, 0, 0, 0);
                assertThat(r.rows()).extracting(RowResult::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
                System.out.println("OneRoster " + name + ": " + counts(r));
            }
            // a real run, then the same file again: matched by sourcedId, nothing duplicated
            TraineeImportOptions real = TraineeImportOptions.defaults("US").matching(MatchBy.EXTERNAL_ID);
            assertCounts(run(oneRoster("v1p2_full_dataset.zip__users.csv"), real), 6, 0, 0, 0, 0);
            TraineeView mary = f.courses.trainees().getByExternalId("usr-222-66778899");
            assertThat(mary.fullName()).isEqualTo("Mary Jones");
            assertThat(mary.email()).isEqualTo("mary.jones@myschool.com");
            assertThat(mary.country()).isEqualTo("US");
            TraineeImportReport again = run(oneRoster("Test_full_data_set.zip__users.csv"), real);
            assertCounts(again, 0, 0, 6, 0, 0);
            assertThat(again.rows().get(1).traineeId()).isEqualTo(mary.id());
        });
    }

    @Test
    void aRealImportCreatesThenASecondOneUpdates() {
        asTenant("import-real", () -> {
            TraineeImportReport first = run(moodle("example.csv"), TraineeImportOptions.defaults("TJ"));
            assertThat(first.written()).isTrue();
            assertCounts(first, 3, 0, 0, 0, 0);
            TraineeView one = f.courses.trainees().getByEmail("s1@example.com");
            assertThat(one.fullName()).isEqualTo("Student One");
            assertThat(one.country()).isEqualTo("TJ");
            assertThat(one.externalId()).isEqualTo("student1");
            assertThat(first.rows().get(0).traineeId()).isEqualTo(one.id());

            TraineeImportReport second = run(text("""
                    username,firstname,lastname,email,city
                    student1,Studentka,One,S1@Example.com,Khujand
                    student2,Student,Two,s2@example.com,
                    student4,Student,Four,s4@example.com,Bokhtar"""), TraineeImportOptions.defaults("TJ"));
            assertCounts(second, 1, 1, 1, 0, 0);
            assertThat(second.rows()).extracting(r -> r.actions().get(0))
                    .containsExactly(ImportAction.UPDATE, ImportAction.UNCHANGED, ImportAction.CREATE);
            TraineeView updated = f.courses.trainees().getByEmail("s1@example.com");
            assertThat(updated.id()).isEqualTo(one.id());
            assertThat(updated.fullName()).isEqualTo("Studentka One");
            assertThat(updated.region()).isEqualTo("Khujand");
            assertThat(updated.version()).isGreaterThan(one.version());
        });
    }

    @Test
    void tenThousandRowsWithOneBadRowAllOrNothingThenGoodRows() {
        asTenant("import-bulk", () -> {
            StringBuilder csv = new StringBuilder("username,firstname,lastname,email,country\r\n");
            for (int i = 0; i < 10_000; i++) {
                String email = i == 4_999 ? "not-an-email" : "u" + i + "@bulk.example";
                csv.append("u").append(i).append(",Ism").append(i).append(",Familiya,").append(email)
                        .append(",UZ\r\n");
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            TraineeImportReport refused = run(new ByteArrayInputStream(bytes), TraineeImportOptions.defaults(null));
            long refusedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(refused.written()).isFalse();
            assertThat(refused.failed()).isEqualTo(1);
            assertThat(refused.created()).isEqualTo(9_999);
            RowResult bad = refused.failures().get(0);
            assertThat(bad.line()).isEqualTo(5_001);
            assertThat(bad.problems()).extracting(p -> p.column()).containsExactly("email");
            assertThat(bad.problems().get(0).reason()).doesNotContain("not-an-email");
            assertCode(() -> f.courses.trainees().getByEmail("u0@bulk.example"), "courses.trainee.not-found");

            start = System.nanoTime();
            TraineeImportReport good = run(new ByteArrayInputStream(bytes),
                    TraineeImportOptions.defaults(null).applyingGoodRows());
            long goodMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(good.written()).isTrue();
            assertCounts(good, 9_999, 0, 0, 0, 1);
            assertThat(f.courses.trainees().getByEmail("u9999@bulk.example").fullName()).isEqualTo("Ism9999 Familiya");
            assertThat(f.courses.trainees().getByEmail("u5000@bulk.example")).isNotNull();
            System.out.printf("10,000-row import: checked and refused in %d ms; 9,999 rows written in %d ms%n",
                    refusedMillis, goodMillis);
        });
    }

    @Test
    void semicolonsByteOrderMarkAndCyrillicHangulLatinNames() {
        asTenant("import-bom", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.writeBytes(("username;firstname;lastname;email;country;institution\r\n"
                    + "zarina;Зарина;Раҳмонова;zarina@example.tj;tj;\"Мактаби №1; Душанбе\"\r\n"
                    + "minsu;민수;김;minsu@example.kr;KR;\r\n"
                    + "\"ali\";\"Ali\";\"Valiyev \"\"Ustoz\"\"\";ali@example.uz;UZ;").getBytes(StandardCharsets.UTF_8));
            TraineeImportReport r = run(new ByteArrayInputStream(out.toByteArray()),
                    TraineeImportOptions.defaults(null));
            assertCounts(r, 3, 0, 0, 0, 0);
            TraineeView zarina = f.courses.trainees().getByEmail("zarina@example.tj");
            assertThat(zarina.fullName()).isEqualTo("Зарина Раҳмонова");
            assertThat(zarina.country()).isEqualTo("TJ");
            assertThat(zarina.school()).isEqualTo("Мактаби №1; Душанбе");
            assertThat(f.courses.trainees().getByEmail("minsu@example.kr").fullName()).isEqualTo("민수 김");
            assertThat(f.courses.trainees().getByEmail("ali@example.uz").fullName()).isEqualTo("Ali Valiyev \"Ustoz\"");
        });
    }

    @Test
    void raggedRowsDuplicatesAndMissingCountryAreReportedByLineAndColumn() {
        asTenant("import-ragged", () -> {
            TraineeImportReport r = run(text("""
                    username,firstname,lastname,email
                    a,Anvar,Karimov,a@example.uz
                    b,Bobur,b@example.uz
                    c,Anvar,Karimov,A@example.uz
                    """), TraineeImportOptions.defaults(null));
            assertThat(r.written()).isFalse();
            assertThat(r.failures()).extracting(RowResult::line).containsExactly(2L, 3L, 4L);
            assertThat(r.rows().get(0).problems()).extracting(p -> p.column()).containsExactly("country");
            assertThat(r.rows().get(1).problems().get(0).code()).isEqualTo("courses.import.ragged-row");
            assertThat(r.rows().get(2).problems()).extracting(p -> p.code())
                    .contains("courses.import.duplicate-row");
        });
    }

    @Test
    void hostileCellsAreRowErrorsWhoseReasonsNeverEchoThem() {
        asTenant("import-hostile", () -> {
            List<String> hostile = List.of("Zarina\u0000Rahmonova", "a\uD800b", "\u202Efdp.exe\u202C",
                    "x".repeat(1 << 20), "선생님".repeat(30_000), "'); DROP TABLE ustoz_trainee;--");
            StringBuilder csv = new StringBuilder("username,firstname,lastname,email,institution\n");
            int i = 0;
            for (String h : hostile) {
                String quoted = "\"" + h.replace("\"", "\"\"") + "\"";
                csv.append("h").append(i).append(',').append(quoted).append(",Last,h").append(i).append("a@example.uz,\n");
                csv.append("k").append(i).append(",First,Last,").append(quoted).append(",\n");
                csv.append("s").append(i).append(",First,Last,h").append(i).append("s@example.uz,").append(quoted)
                        .append('\n');
                i++;
            }
            TraineeImportReport r = run(text(csv.toString()), TraineeImportOptions.defaults("UZ"));
            assertThat(r.written()).isFalse();
            for (RowResult row : r.failures()) {
                for (var p : row.problems()) {
                    for (String h : hostile) {
                        assertThat(p.reason()).doesNotContain(h.length() > 40 ? h.substring(0, 40) : h);
                    }
                    assertThat(p.column()).isIn("firstname+lastname", "email", "institution", "");
                }
            }
            // the SQL text is an acceptable name and school: stored as it is, nothing else happens
            assertThat(r.failures()).extracting(RowResult::line).doesNotContain(17L, 19L);
            System.out.println("hostile cells: " + counts(r) + " (created/updated/unchanged/enrolled/failed)");

            // a cohort code that is not a code is a row error; it never reaches a query
            StringBuilder codes = new StringBuilder("username,firstname,lastname,email,course1\n");
            for (int k = 0; k < hostile.size(); k++) {
                codes.append("c").append(k).append(",First,Last,c").append(k).append("@example.uz,\"")
                        .append(hostile.get(k).replace("\"", "\"\"")).append("\"\n");
            }
            TraineeImportReport byCode = run(text(codes.toString()), TraineeImportOptions.defaults("UZ"));
            assertThat(byCode.written()).isFalse();
            assertThat(byCode.failures()).hasSize(hostile.size())
                    .allSatisfy(row -> assertThat(row.problems()).extracting(p -> p.column()).containsOnly("course1"));
        });
    }

    @Test
    void aFileThatIsNotCsvIsRefusedWithALocalizedError() {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', '%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF,
                (byte) 0xD3, '\n', '1', ' ', '0', ' ', 'o', 'b', 'j', '\n'};
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        for (byte[] bytes : List.of(pdf, binary, new byte[0], "just some text\nwithout columns\n".getBytes())) {
            assertThatThrownBy(() -> run(new ByteArrayInputStream(bytes), DRY))
                    .isInstanceOfSatisfying(UstozException.class, e -> {
                        assertThat(e.code()).isEqualTo("courses.import.not-csv");
                        assertThat(e.getMessage(Locale.ENGLISH)).contains("CSV");
                        assertThat(e.getMessage(Locale.forLanguageTag("ru"))).contains("CSV").contains("Файл");
                    });
        }
        assertCode(() -> run(text("username,firstname,lastname\na,B,C\n"), DRY), "courses.import.missing-column");
    }
}
