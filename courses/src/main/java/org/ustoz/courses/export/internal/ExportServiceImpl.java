package org.ustoz.courses.export.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.ustoz.core.error.RedactedFailure;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.attendance.AttendanceStatus;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.export.ExportService;
import org.ustoz.courses.timetable.SessionStatus;
import org.ustoz.courses.timetable.internal.Session;

/**
 * {@link ExportService} with Apache Commons CSV. Each export reads the cohort, (for the register) its
 * scheduled sessions, then streams one projection query ({@code getResultStream}) and writes each row
 * as soon as it is complete: memory holds one row, not the cohort.
 */
public final class ExportServiceImpl implements ExportService {

    /** UTF-8's byte order mark: Excel reads a CSV file as UTF-8 only when it starts with it. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String LABELS = "org.ustoz.courses.labels";
    private static final int FETCH_SIZE = 500;
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\r\n").get();
    private static final List<EnrolmentStatus> ATTENDING = List.of(EnrolmentStatus.ENROLLED,
            EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UstozRuntime ustoz;

    public ExportServiceImpl(UstozRuntime ustoz) {
        this.ustoz = ustoz;
    }

    @FunctionalInterface
    private interface Rows {
        void write(EntityManager em, Cohort cohort, CSVPrinter csv, Locale locale) throws IOException;
    }

    @Override
    public void roster(UUID cohortId, OutputStream out) {
        export(cohortId, out, (em, cohort, csv, locale) -> {
            csv.printRecord(labels(locale, "export.number", "export.fullName", "export.latinName", "export.email",
                    "export.country", "export.region", "export.school", "export.status"));
            try (Stream<Object[]> rows = em.createQuery("select t.fullName, t.latinName, t.email, t.country, "
                    + "t.region, t.school, e.status from Enrolment e join e.trainee t where e.cohort = :c "
                    + "order by t.fullName, e.id", Object[].class)
                    .setParameter("c", cohort).setHint("org.hibernate.fetchSize", FETCH_SIZE).getResultStream()) {
                int[] number = {0};
                for (Object[] r : (Iterable<Object[]>) rows::iterator) {
                    csv.printRecord(String.valueOf(++number[0]), cell(r[0]), cell(r[1]), cell(r[2]), cell(r[3]),
                            cell(r[4]), cell(r[5]), cell(((EnrolmentStatus) r[6]).name()));
                }
            }
        });
    }

    @Override
    public void attendanceRegister(UUID cohortId, OutputStream out) {
        export(cohortId, out, (em, cohort, csv, locale) -> {
            ZoneId zone = cohort.getTimeZone();
            List<Session> sessions = em.createQuery("select s from Session s left join fetch s.module "
                    + "where s.cohort = :c and s.status = :scheduled order by s.startsAt, s.id", Session.class)
                    .setParameter("c", cohort).setParameter("scheduled", SessionStatus.SCHEDULED).getResultList();
            Map<UUID, Integer> column = new HashMap<>();
            List<String> header = new ArrayList<>(labels(locale, "export.number", "export.fullName"));
            for (Session s : sessions) {
                column.put(s.getId(), column.size());
                header.add(cell(LOCAL.format(s.getStartsAt().atZone(zone)) + " "
                        + s.displayTitle().get(locale, cohort.getLanguage())));
            }
            csv.printRecord(header);
            try (Stream<Object[]> rows = em.createQuery("select e.id, t.fullName, a.session.id, a.status, "
                    + "a.lateMinutes, a.leftEarlyMinutes from Enrolment e join e.trainee t "
                    + "left join AttendanceRecord a on a.enrolment = e "
                    + "where e.cohort = :c and e.status in :statuses order by t.fullName, e.id", Object[].class)
                    .setParameter("c", cohort).setParameter("statuses", ATTENDING)
                    .setHint("org.hibernate.fetchSize", FETCH_SIZE).getResultStream()) {
                Register row = new Register(csv, sessions.size());
                for (Object[] r : (Iterable<Object[]>) rows::iterator) {
                    row.next((UUID) r[0], (String) r[1]);
                    Integer at = r[2] == null ? null : column.get((UUID) r[2]);
                    if (at != null) {
                        row.mark(at, code((AttendanceStatus) r[3], (Integer) r[4], (Integer) r[5]));
                    }
                }
                row.finish();
            }
            csv.println();
            csv.printRecord(labels(locale, "export.legend"));
            String[][] legend = {{"P", "export.code.present"}, {"L", "export.code.late"},
                    {"LE", "export.code.leftEarly"}, {"A", "export.code.absent"}, {"E", "export.code.excused"},
                    {"", "export.code.none"}};
            for (String[] l : legend) {
                csv.printRecord(l[0], cell(label(locale, l[1])));
            }
        });
    }

    /** The register's current row: printed when the next trainee's first line arrives, or at the end. */
    private static final class Register {
        private final CSVPrinter csv;
        private final String[] marks;
        private UUID enrolment;
        private String name;
        private int number;

        Register(CSVPrinter csv, int sessions) {
            this.csv = csv;
            this.marks = new String[sessions];
        }

        void next(UUID enrolmentId, String fullName) throws IOException {
            if (!enrolmentId.equals(enrolment)) {
                finish();
                enrolment = enrolmentId;
                name = fullName;
                Arrays.fill(marks, "");
            }
        }

        void mark(int column, String code) {
            marks[column] = code;
        }

        void finish() throws IOException {
            if (enrolment == null) {
                return;
            }
            List<String> cells = new ArrayList<>(marks.length + 2);
            cells.add(String.valueOf(++number));
            cells.add(cell(name));
            cells.addAll(Arrays.asList(marks));
            csv.printRecord(cells);
            enrolment = null;
        }
    }

    private static String code(AttendanceStatus status, Integer late, Integer leftEarly) {
        return switch (status) {
            case ABSENT -> "A";
            case EXCUSED -> "E";
            case PRESENT -> {
                boolean l = late != null && late > 0;
                boolean le = leftEarly != null && leftEarly > 0;
                yield l && le ? "L/LE" : l ? "L" : le ? "LE" : "P";
            }
        };
    }

    private void export(UUID cohortId, OutputStream out, Rows rows) {
        Objects.requireNonNull(out, "out");
        String tenant = ustoz.caller().tenantId();
        Locale locale = ustoz.caller().locale();
        ustoz.read(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            try {
                out.write(BOM);
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                CSVPrinter csv = new CSVPrinter(writer, CSV); // not closed: that would close the caller's stream
                rows.write(em, cohort, csv, locale);
                csv.flush();
            } catch (IOException | UncheckedIOException e) {
                throw new UstozException(CoursesError.EXPORT_WRITE_FAILED, RedactedFailure.of(e), cohortId);
            }
            return null;
        });
    }

    /**
     * A cell a spreadsheet will not take for a formula (OWASP): one starting with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return gets a leading single quote. Every cell is quoted
     * by the format.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    private static List<String> labels(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> cell(label(locale, k))).toList();
    }

    private static String label(Locale locale, String key) {
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return ResourceBundle.getBundle(LABELS, locale, control).getString(key);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(LABELS, Locale.ROOT, control).getString(key);
        }
    }
}
