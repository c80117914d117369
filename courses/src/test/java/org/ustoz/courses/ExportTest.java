package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ustoz.courses.Fixture.seoul;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.id.Ids;
import org.ustoz.courses.attendance.Mark;
import org.ustoz.courses.attendance.RecordSessionAttendance;
import org.ustoz.courses.enrolment.EnrolMany;
import org.ustoz.courses.trainee.TraineeView;

class ExportTest extends ServiceTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private interface Export {
        void to(OutputStream out);
    }

    private static byte[] bytes(Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.to(out);
        return out.toByteArray();
    }

    /** The text after the byte order mark, which it must start with. */
    private static String text(Export export) {
        byte[] b = bytes(export);
        assertThat(Arrays.copyOf(b, 3)).isEqualTo(BOM);
        return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String text) {
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return p.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rename(UUID traineeId, String name) {
        // names with line breaks cannot come in through the services; they may still be in the table
        t.runtime().inTransaction(em -> em.createNativeQuery("update ustoz_trainee set full_name = ? where id = ?")
                .setParameter(1, name).setParameter(2, traineeId).executeUpdate());
    }

    @Test
    void theRosterStartsWithTheBomAndEscapesFormulasAndRoundTripsCommasQuotesAndNewlines() {
        UUID cohort = f.openCohort(10, null).id();
        TraineeView formula = f.trainee("=HYPERLINK(\"http://x\",\"y\")", "Formula");
        TraineeView awkward = f.trainee("Каримова, Зарина", "Karimova");
        TraineeView hangul = f.trainee("김지은", "@Kim");
        f.courses.enrolments().enrolAll(new EnrolMany(cohort, List.of(formula.id(), awkward.id(), hangul.id())));
        String tricky = "Каримова, Зарина \"Зара\"\nвторая строка";
        rename(awkward.id(), tricky);

        String text = text(out -> f.courses.exports().roster(cohort, out));
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"").contains("\"'@Kim\"")
                .contains("\r\n");
        List<CSVRecord> rows = parse(text);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).values()).containsExactly("No.", "Full name", "Name in Latin letters", "E-mail",
                "Country", "Region", "School", "Enrolment status");
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(1))
                .containsExactlyInAnyOrder("'=HYPERLINK(\"http://x\",\"y\")", tricky, "김지은");
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(0)).containsExactly("1", "2", "3");
        assertThat(rows.get(1).get(7)).isEqualTo("ENROLLED");
    }

    @Test
    void headersAreInTheCallersLanguage() {
        Fixture.Running k = f.running(1, 1);
        Locale was = t.caller().locale();
        try {
            t.caller().locale(Locale.forLanguageTag("ru"));
            assertThat(parse(text(out -> f.courses.exports().roster(k.id(), out))).get(0).values())
                    .startsWith("№", "ФИО", "Имя латиницей");
            List<CSVRecord> register = parse(text(out -> f.courses.exports().attendanceRegister(k.id(), out)));
            assertThat(register.get(0).values()).startsWith("№", "ФИО");
            assertThat(register).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Условные обозначения"));
            t.caller().locale(Locale.forLanguageTag("ko"));
            assertThat(parse(text(out -> f.courses.exports().roster(k.id(), out))).get(0).get(1)).isEqualTo("성명");
        } finally {
            t.caller().locale(was);
        }
    }

    @Test
    void theRegisterHasACodePerTraineeAndSessionAndALegend() {
        Fixture.Running k = f.running(4, 3);
        List<TraineeView> tr = k.trainees();
        t.clock().set(seoul(4, 9, 5));
        f.courses.attendance().recordSession(new RecordSessionAttendance(k.sessions().get(0).id(), List.of(
                Mark.present(tr.get(0).id()), Mark.late(tr.get(1).id(), 15), Mark.absent(tr.get(2).id()),
                Mark.excused(tr.get(3).id(), "Sick leave")), null));
        t.clock().set(seoul(4, 11, 5));
        f.courses.attendance().recordSession(new RecordSessionAttendance(k.sessions().get(1).id(), List.of(
                Mark.leftEarly(tr.get(0).id(), 30)), null));
        List<CSVRecord> rows = parse(text(out -> f.courses.exports().attendanceRegister(k.id(), out)));
        assertThat(rows.get(0).values()).containsExactly("No.", "Full name", "2025-08-04 09:00 Module M1",
                "2025-08-04 11:00 Module M2", "2025-08-04 14:00 Module M2");
        // the fixture's names sort as "Муаллим 0 …", "Муаллим 1 …", …
        assertThat(rows.get(1).values()).containsExactly("1", tr.get(0).fullName(), "P", "LE", "");
        assertThat(rows.get(2).values()).containsExactly("2", tr.get(1).fullName(), "L", "", "");
        assertThat(rows.get(3).values()).containsExactly("3", tr.get(2).fullName(), "A", "", "");
        assertThat(rows.get(4).values()).containsExactly("4", tr.get(3).fullName(), "E", "", "");
        assertThat(rows.get(5).values()).containsExactly(""); // an empty row before the legend
        assertThat(rows.get(6).values()).containsExactly("Legend");
        assertThat(rows.subList(7, rows.size())).extracting(r -> r.get(0)).containsExactly("P", "L", "LE", "A", "E", "");
    }

    @Test
    void theStatementCountIsTheSameFor10And200Trainees() {
        Fixture.Running small = f.running(10, 4);
        Fixture.Running large = f.running(200, 4);
        t.clock().set(seoul(5, 0, 0));
        for (Fixture.Running k : List.of(small, large)) {
            for (var s : k.sessions()) {
                f.courses.attendance().recordSession(new RecordSessionAttendance(s.id(),
                        k.trainees().stream().map(x -> Mark.present(x.id())).toList(), null));
            }
        }
        long rs = t.statementsOf(() -> bytes(out -> f.courses.exports().roster(small.id(), out)));
        long rl = t.statementsOf(() -> bytes(out -> f.courses.exports().roster(large.id(), out)));
        long as = t.statementsOf(() -> bytes(out -> f.courses.exports().attendanceRegister(small.id(), out)));
        long al = t.statementsOf(() -> assertThat(parse(text(out -> f.courses.exports().attendanceRegister(
                large.id(), out)))).hasSize(1 + 200 + 1 + 1 + 6));
        System.out.printf("Exports: roster %d and %d statements, register %d and %d, for 10 and 200 trainees%n",
                rs, rl, as, al);
        assertThat(rl).isEqualTo(rs);
        assertThat(al).isEqualTo(as);
    }

    @Test
    void anotherTenantsCohortIsNotFoundAndAFailingStreamIsReportedWithACode() {
        Fixture.Running k = f.running(1, 1);
        asTenant("other-tenant", () -> {
            assertCode(() -> f.courses.exports().roster(k.id(), new ByteArrayOutputStream()), "courses.cohort.not-found");
            assertCode(() -> f.courses.exports().attendanceRegister(k.id(), new ByteArrayOutputStream()),
                    "courses.cohort.not-found");
        });
        assertCode(() -> f.courses.exports().roster(Ids.newId(), new ByteArrayOutputStream()),
                "courses.cohort.not-found");
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> f.courses.exports().roster(k.id(), broken))
                .isInstanceOfSatisfying(UstozException.class,
                        e -> assertThat(e.code()).isEqualTo("courses.export.write-failed"));
    }
}
