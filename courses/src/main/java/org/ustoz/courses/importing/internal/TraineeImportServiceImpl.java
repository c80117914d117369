package org.ustoz.courses.importing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ustoz.core.error.RedactedFailure;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.internal.CommandValidator;
import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.enrolment.Enrol;
import org.ustoz.courses.enrolment.EnrolmentService;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.importing.ImportAction;
import org.ustoz.courses.importing.ImportField;
import org.ustoz.courses.importing.ImportFormat;
import org.ustoz.courses.importing.MatchBy;
import org.ustoz.courses.importing.RowProblem;
import org.ustoz.courses.importing.RowResult;
import org.ustoz.courses.importing.TraineeImportOptions;
import org.ustoz.courses.importing.TraineeImportReport;
import org.ustoz.courses.importing.TraineeImportService;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeEvent;
import org.ustoz.courses.trainee.internal.NameKeys;
import org.ustoz.courses.trainee.internal.Trainee;

/**
 * {@link TraineeImportService} with Apache Commons CSV. The stream is parsed once into compact
 * {@link Row}s (line number, the mapped texts and the parse-time problems: about 1 KB a row), then,
 * in one transaction (read-only for a dry run), a first pass over the rows in chunks of
 * {@value #CHUNK} finds the existing trainees and cohorts and decides each row's actions, and a second
 * pass, unless the run is dry or refused, writes the good rows chunk by chunk, flushing and clearing
 * the persistence context after each. The input stream is not re-readable, so the rows are kept in
 * memory rather than parsed twice.
 */
public final class TraineeImportServiceImpl implements TraineeImportService {

    static final int CHUNK = 500;
    private static final int PEEK = 1 << 16;

    private final UstozRuntime ustoz;
    private final EnrolmentService enrolments;
    private final NameKeys nameKeys = new NameKeys();

    public TraineeImportServiceImpl(UstozRuntime ustoz, EnrolmentService enrolments) {
        this.ustoz = ustoz;
        this.enrolments = enrolments;
    }

    /** One data row, as little as the import needs. */
    static final class Row {
        final long line;
        final String externalId;
        final String fullName;
        final String latinName;
        final String email;
        final String country;
        final String region;
        final String school;
        final String cohortCode;
        final List<RowProblem> parseProblems;
        // decided in the transaction; reset at its start, as a retried transaction runs again
        List<RowProblem> problems;
        UUID traineeId;
        ImportAction action;
        UUID cohortId;

        Row(long line, String[] v, List<RowProblem> parseProblems) {
            this.line = line;
            this.externalId = v[ImportField.EXTERNAL_ID.ordinal()];
            this.fullName = v[ImportField.FULL_NAME.ordinal()];
            this.latinName = v[ImportField.LATIN_NAME.ordinal()];
            this.email = v[ImportField.EMAIL.ordinal()];
            this.country = v[ImportField.COUNTRY.ordinal()];
            this.region = v[ImportField.REGION.ordinal()];
            this.school = v[ImportField.SCHOOL.ordinal()];
            this.cohortCode = v[ImportField.COHORT_CODE.ordinal()];
            this.parseProblems = parseProblems;
        }

        void problem(RowProblem p) {
            if (problems == null) {
                problems = new ArrayList<>(2);
            }
            problems.add(p);
        }

        boolean bad() {
            return !parseProblems.isEmpty() || problems != null;
        }

        /** Whether no problem was found in this column. */
        boolean fine(String column) {
            return problems == null || problems.stream().noneMatch(p -> p.column().equals(column));
        }
    }

    /** The file's layout: where each field is, by column index, and the header names. */
    record Layout(ImportFormat format, Map<ImportField, Integer> columns, List<String> header) {

        String name(ImportField field) {
            Integer i = columns.get(field);
            return i != null ? header.get(i) : field.name().toLowerCase(Locale.ROOT);
        }

        String nameColumn() {
            if (columns.containsKey(ImportField.FULL_NAME)) {
                return name(ImportField.FULL_NAME);
            }
            return columns.containsKey(ImportField.FAMILY_NAME)
                    ? name(ImportField.GIVEN_NAME) + "+" + name(ImportField.FAMILY_NAME) : name(ImportField.GIVEN_NAME);
        }
    }

    @Override
    public TraineeImportReport importTrainees(InputStream csv, TraineeImportOptions options) {
        Objects.requireNonNull(csv, "csv");
        ustoz.validate(options);
        Locale locale = ustoz.caller().locale();
        List<Row> rows = new ArrayList<>();
        Layout layout = parse(csv, options, locale, rows);
        String tenant = ustoz.caller().tenantId();
        Function<EntityManager, TraineeImportReport> work = em -> run(em, tenant, layout, rows, options, locale);
        return options.dryRun() ? ustoz.read(work) : ustoz.inTransaction(work);
    }

    // ---------------------------------------------------------------------------------------------
    // parsing

    private Layout parse(InputStream in, TraineeImportOptions options, Locale locale, List<Row> rows) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), PEEK);
        try {
            reader.mark(PEEK);
            int first = reader.read();
            if (first != '\uFEFF') {
                reader.reset();
            }
            reader.mark(PEEK);
            char delimiter = delimiter(reader);
            reader.reset();
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get(); // not closed: the caller's stream
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new UstozException(CoursesError.IMPORT_NOT_CSV);
            }
            List<String> header = new ArrayList<>();
            for (String h : records.next()) {
                if (!printable(h)) {
                    throw new UstozException(CoursesError.IMPORT_NOT_CSV);
                }
                header.add(h.strip());
            }
            Layout layout = layout(header, options);
            ImportField[] fields = ImportField.values();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                List<RowProblem> problems = List.of();
                if (record.size() != header.size()) {
                    problems = List.of(problem(locale, "", CoursesError.IMPORT_RAGGED_ROW, record.size(), header.size()));
                }
                String[] v = new String[fields.length];
                for (Map.Entry<ImportField, Integer> e : layout.columns().entrySet()) {
                    if (e.getValue() < record.size()) {
                        String s = record.get(e.getValue()).strip();
                        v[e.getKey().ordinal()] = s.isEmpty() ? null : s;
                    }
                }
                if (v[ImportField.FULL_NAME.ordinal()] == null) {
                    String given = v[ImportField.GIVEN_NAME.ordinal()];
                    String family = v[ImportField.FAMILY_NAME.ordinal()];
                    v[ImportField.FULL_NAME.ordinal()] = given == null ? family : family == null ? given
                            : given + " " + family;
                }
                if (v[ImportField.COUNTRY.ordinal()] == null) {
                    v[ImportField.COUNTRY.ordinal()] = options.defaultCountry();
                } else {
                    v[ImportField.COUNTRY.ordinal()] = v[ImportField.COUNTRY.ordinal()].toUpperCase(Locale.ROOT);
                }
                rows.add(new Row(line, v, problems));
            }
            return layout;
        } catch (CharacterCodingException e) {
            throw new UstozException(CoursesError.IMPORT_NOT_CSV, RedactedFailure.of(e));
        } catch (IOException e) {
            throw new UstozException(CoursesError.IMPORT_READ_FAILED, RedactedFailure.of(e));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UstozException(CoursesError.IMPORT_NOT_CSV, RedactedFailure.of(e));
            }
            // Commons CSV reports a broken quote (an unclosed quoted field, text after a closing quote) so
            throw new UstozException(CoursesError.IMPORT_NOT_CSV, RedactedFailure.of(e));
        } catch (IllegalStateException e) {
            throw new UstozException(CoursesError.IMPORT_NOT_CSV, RedactedFailure.of(e));
        }
    }

    /** The delimiter the header line uses more, outside quotes: {@code ;} or {@code ,}. */
    private static char delimiter(BufferedReader reader) throws IOException {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0, c; i < PEEK - 1 && (c = reader.read()) >= 0; i++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** A header name a spreadsheet could have written: no control characters, no replacement character. */
    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    private static Layout layout(List<String> header, TraineeImportOptions options) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            index.put(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        ImportFormat format;
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        if (index.containsKey("sourcedid") && (index.containsKey("givenname") || index.containsKey("familyname"))) {
            format = ImportFormat.ONEROSTER_USERS;
            put(columns, ImportField.EXTERNAL_ID, index, "sourcedid");
            put(columns, ImportField.GIVEN_NAME, index, "givenname");
            put(columns, ImportField.FAMILY_NAME, index, "familyname");
            put(columns, ImportField.EMAIL, index, "email");
        } else if (index.containsKey("username") || index.containsKey("firstname") && index.containsKey("lastname")) {
            format = ImportFormat.MOODLE_UPLOAD_USERS;
            put(columns, ImportField.EXTERNAL_ID, index, index.containsKey("idnumber") ? "idnumber" : "username");
            put(columns, ImportField.GIVEN_NAME, index, "firstname");
            put(columns, ImportField.FAMILY_NAME, index, "lastname");
            put(columns, ImportField.EMAIL, index, "email");
            put(columns, ImportField.COUNTRY, index, "country");
            put(columns, ImportField.REGION, index, "city");
            put(columns, ImportField.SCHOOL, index, "institution");
            put(columns, ImportField.COHORT_CODE, index, "course1");
        } else {
            format = ImportFormat.MAPPED;
        }
        for (Map.Entry<ImportField, String> e : options.columns().entrySet()) {
            Integer i = index.get(e.getValue().strip().toLowerCase(Locale.ROOT));
            if (i == null) {
                throw new UstozException(CoursesError.IMPORT_MISSING_COLUMN, e.getKey().name());
            }
            columns.put(e.getKey(), i);
        }
        List<ImportField> needed = new ArrayList<>(List.of(ImportField.EMAIL));
        if (options.matchBy() == MatchBy.EXTERNAL_ID) {
            needed.add(ImportField.EXTERNAL_ID);
        }
        if (!columns.containsKey(ImportField.FULL_NAME) && !columns.containsKey(ImportField.GIVEN_NAME)
                && !columns.containsKey(ImportField.FAMILY_NAME)) {
            needed.add(ImportField.FULL_NAME);
        }
        for (ImportField f : needed) {
            if (!columns.containsKey(f)) {
                if (format == ImportFormat.MAPPED && options.columns().isEmpty()) {
                    // neither a known header nor a mapping: not a file of trainees
                    throw new UstozException(CoursesError.IMPORT_NOT_CSV);
                }
                throw new UstozException(CoursesError.IMPORT_MISSING_COLUMN, f.name());
            }
        }
        return new Layout(format, columns, List.copyOf(header));
    }

    private static void put(Map<ImportField, Integer> columns, ImportField field, Map<String, Integer> index,
            String name) {
        Integer i = index.get(name);
        if (i != null) {
            columns.put(field, i);
        }
    }

    private static RowProblem problem(Locale locale, String column, CoursesError code, Object... args) {
        return new RowProblem(column, code.code(), UstozException.render(code, locale, args));
    }

    // ---------------------------------------------------------------------------------------------
    // checking and writing

    private TraineeImportReport run(EntityManager em, String tenant, Layout layout, List<Row> rows,
            TraineeImportOptions options, Locale locale) {
        for (Row r : rows) {
            r.problems = null;
            r.traineeId = null;
            r.action = null;
            r.cohortId = null;
        }
        check(em, tenant, layout, rows, options, locale);
        boolean anyBad = rows.stream().anyMatch(Row::bad);
        boolean write = !options.dryRun() && (!anyBad || options.applyGoodRows());
        if (write) {
            write(em, tenant, layout, rows);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int enrolled = 0;
        int failed = 0;
        List<RowResult> results = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (r.bad()) {
                failed++;
                List<RowProblem> all = new ArrayList<>(r.parseProblems);
                if (r.problems != null) {
                    all.addAll(r.problems);
                }
                results.add(new RowResult(r.line, List.of(ImportAction.ERROR), r.traineeId, all));
                continue;
            }
            switch (r.action) {
                case CREATE -> created++;
                case UPDATE -> updated++;
                default -> unchanged++;
            }
            List<ImportAction> actions = new ArrayList<>(2);
            actions.add(r.action);
            if (r.cohortId != null) {
                enrolled++;
                actions.add(ImportAction.ENROL);
            }
            results.add(new RowResult(r.line, actions, r.traineeId, List.of()));
        }
        return new TraineeImportReport(layout.format(), options.dryRun(), write, created, updated, unchanged, enrolled,
                failed, results);
    }

    private void check(EntityManager em, String tenant, Layout layout, List<Row> rows, TraineeImportOptions options,
            Locale locale) {
        CommandValidator validator = ustoz.validator();
        Map<String, Long> emailLines = new HashMap<>();
        Map<String, Long> idLines = new HashMap<>();
        Map<String, Object> cohorts = new HashMap<>(); // code -> cohort id, or a RowProblem
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            List<String> emails = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Row r : chunk) {
                validate(validator, layout, r);
                // a refused cell (a NUL, a broken surrogate, too long) never reaches a query
                if (r.email != null) {
                    String email = Trainee.normaliseEmail(r.email);
                    if (r.fine(layout.name(ImportField.EMAIL))) {
                        emails.add(email);
                    }
                    Long other = emailLines.putIfAbsent(email, r.line);
                    if (other != null) {
                        r.problem(problem(locale, layout.name(ImportField.EMAIL), CoursesError.IMPORT_DUPLICATE_ROW,
                                other));
                    }
                }
                if (r.externalId != null) {
                    if (r.fine(layout.name(ImportField.EXTERNAL_ID))) {
                        ids.add(r.externalId);
                    }
                    Long other = idLines.putIfAbsent(r.externalId, r.line);
                    if (other != null) {
                        r.problem(problem(locale, layout.name(ImportField.EXTERNAL_ID),
                                CoursesError.IMPORT_DUPLICATE_ROW, other));
                    }
                }
            }
            Map<String, Trainee> byEmail = new HashMap<>();
            Map<String, Trainee> byId = new HashMap<>();
            if (!emails.isEmpty()) {
                em.createQuery("select t from Trainee t where t.tenantId = :t and t.email in :v", Trainee.class)
                        .setParameter("t", tenant).setParameter("v", emails).getResultList()
                        .forEach(t -> byEmail.put(t.getEmail(), t));
            }
            if (!ids.isEmpty()) {
                em.createQuery("select t from Trainee t where t.tenantId = :t and t.externalId in :v", Trainee.class)
                        .setParameter("t", tenant).setParameter("v", ids).getResultList()
                        .forEach(t -> byId.put(t.getExternalId(), t));
            }
            for (Row r : chunk) {
                if (r.bad()) {
                    continue;
                }
                Trainee withEmail = byEmail.get(Trainee.normaliseEmail(r.email));
                Trainee withId = r.externalId == null ? null : byId.get(r.externalId);
                Trainee match = options.matchBy() == MatchBy.EMAIL ? withEmail : withId;
                if (withEmail != null && withEmail != match) {
                    r.problem(problem(locale, layout.name(ImportField.EMAIL), CoursesError.IMPORT_IDENTITY_CONFLICT));
                }
                if (withId != null && withId != match) {
                    r.problem(problem(locale, layout.name(ImportField.EXTERNAL_ID),
                            CoursesError.IMPORT_IDENTITY_CONFLICT));
                }
                if (r.bad()) {
                    continue;
                }
                if (match == null) {
                    r.action = ImportAction.CREATE;
                } else {
                    r.traineeId = match.getId();
                    r.action = same(match, layout, r) ? ImportAction.UNCHANGED : ImportAction.UPDATE;
                }
                if (r.cohortCode != null) {
                    Object cohort = cohorts.computeIfAbsent(r.cohortCode, code -> cohort(em, tenant, code, layout,
                            locale));
                    if (cohort instanceof RowProblem p) {
                        r.problem(p);
                    } else if (match == null || !enrolled(em, (UUID) cohort, match.getId())) {
                        r.cohortId = (UUID) cohort;
                    }
                }
            }
            em.clear();
        }
    }

    private static void validate(CommandValidator validator, Layout layout, Row r) {
        RegisterTrainee command = new RegisterTrainee(r.fullName, r.latinName, r.email, r.country, r.region, r.school,
                List.of(), List.of(), r.externalId);
        Set<ConstraintViolation<RegisterTrainee>> violations = validator.validator().validate(command);
        violations.stream().sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> {
                    String column = switch (v.getPropertyPath().toString()) {
                        case "fullName" -> layout.nameColumn();
                        case "latinName" -> layout.name(ImportField.LATIN_NAME);
                        case "email" -> layout.name(ImportField.EMAIL);
                        case "country" -> layout.name(ImportField.COUNTRY);
                        case "region" -> layout.name(ImportField.REGION);
                        case "school" -> layout.name(ImportField.SCHOOL);
                        case "externalId" -> layout.name(ImportField.EXTERNAL_ID);
                        default -> "";
                    };
                    r.problem(new RowProblem(column,
                            v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                            v.getMessage()));
                });
    }

    /** Whether the trainee's profile already is what the row says (for the columns the file has). */
    private static boolean same(Trainee t, Layout layout, Row r) {
        Map<ImportField, Integer> c = layout.columns();
        return t.getFullName().equals(r.fullName) && t.getEmail().equals(Trainee.normaliseEmail(r.email))
                && t.getCountry().equals(r.country)
                && (!c.containsKey(ImportField.LATIN_NAME) || Objects.equals(t.getLatinName(), r.latinName))
                && (!c.containsKey(ImportField.REGION) || Objects.equals(t.getRegion(), r.region))
                && (!c.containsKey(ImportField.SCHOOL) || Objects.equals(t.getSchool(), r.school));
    }

    private static Object cohort(EntityManager em, String tenant, String code, Layout layout, Locale locale) {
        if (code.length() > 64 || !code.matches(org.ustoz.courses.catalogue.Codes.PATTERN)) {
            // not a code at all: never sent to the database
            return problem(locale, layout.name(ImportField.COHORT_CODE), CoursesError.IMPORT_UNKNOWN_COHORT);
        }
        List<Cohort> found = em.createQuery("select c from Cohort c where c.tenantId = :t and c.code = :c",
                Cohort.class).setParameter("t", tenant).setParameter("c", code).getResultList();
        String column = layout.name(ImportField.COHORT_CODE);
        if (found.isEmpty()) {
            return problem(locale, column, CoursesError.IMPORT_UNKNOWN_COHORT);
        }
        try {
            found.get(0).requireOpen();
        } catch (UstozException e) {
            return new RowProblem(column, e.code(), e.getMessage(locale));
        }
        return found.get(0).getId();
    }

    private static boolean enrolled(EntityManager em, UUID cohortId, UUID traineeId) {
        return em.createQuery("select count(e) from Enrolment e where e.cohort.id = :c and e.trainee.id = :t "
                + "and e.status <> :withdrawn", Long.class).setParameter("c", cohortId).setParameter("t", traineeId)
                .setParameter("withdrawn", EnrolmentStatus.WITHDRAWN).getSingleResult() > 0;
    }

    private void write(EntityManager em, String tenant, Layout layout, List<Row> rows) {
        Instant at = ustoz.clock().instant();
        Map<ImportField, Integer> c = layout.columns();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            List<UUID> ids = chunk.stream().filter(r -> !r.bad() && r.action == ImportAction.UPDATE)
                    .map(r -> r.traineeId).toList();
            Map<UUID, Trainee> existing = new HashMap<>();
            if (!ids.isEmpty()) {
                em.createQuery("select t from Trainee t where t.tenantId = :t and t.id in :ids", Trainee.class)
                        .setParameter("t", tenant).setParameter("ids", ids).getResultList()
                        .forEach(t -> existing.put(t.getId(), t));
            }
            for (Row r : chunk) {
                if (r.bad()) {
                    continue;
                }
                if (r.action == ImportAction.CREATE) {
                    Trainee t = new Trainee(tenant, r.fullName, r.latinName, Trainee.normaliseEmail(r.email),
                            r.country, r.region, r.school, List.of(), List.of(), null, r.externalId,
                            nameKeys.tokens(r.fullName, r.latinName), at);
                    em.persist(t);
                    r.traineeId = t.getId();
                    ustoz.publish(em, new TraineeEvent.Registered(tenant, t.getId(), t.getExternalId(), at));
                } else if (r.action == ImportAction.UPDATE) {
                    Trainee t = existing.get(r.traineeId);
                    String latin = c.containsKey(ImportField.LATIN_NAME) ? r.latinName : t.getLatinName();
                    List<Locale> languages = new ArrayList<>();
                    if (t.getPreferredLanguage() != null) {
                        languages.add(t.getPreferredLanguage());
                    }
                    t.getLanguages().stream().filter(l -> !languages.contains(l)).forEach(languages::add);
                    t.changeProfile(r.fullName, latin, Trainee.normaliseEmail(r.email), r.country,
                            c.containsKey(ImportField.REGION) ? r.region : t.getRegion(),
                            c.containsKey(ImportField.SCHOOL) ? r.school : t.getSchool(),
                            new ArrayList<>(t.getSubjects()), languages, t.getTimeZone(),
                            nameKeys.tokens(r.fullName, latin), at);
                    ustoz.publish(em, new TraineeEvent.ProfileChanged(tenant, t.getId(), at));
                }
            }
            em.flush();
            for (Row r : chunk) {
                if (!r.bad() && r.cohortId != null) {
                    enrolments.enrol(new Enrol(r.cohortId, r.traineeId)); // joins this transaction
                }
            }
            em.flush();
            em.clear();
        }
    }
}
