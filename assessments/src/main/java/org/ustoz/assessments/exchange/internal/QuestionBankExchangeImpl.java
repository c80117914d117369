package org.ustoz.assessments.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.exchange.ImportItem;
import org.ustoz.assessments.exchange.ImportOptions;
import org.ustoz.assessments.exchange.ImportProblem;
import org.ustoz.assessments.exchange.ImportReport;
import org.ustoz.assessments.exchange.QuestionBankExchange;
import org.ustoz.assessments.question.AddQuestion;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.CreateCategory;
import org.ustoz.assessments.question.QuestionBankService;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.error.ValidationFailedException;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.paging.Page;
import org.ustoz.core.paging.PageRequest;

/**
 * {@link QuestionBankExchange} over the question bank service: a file is read and checked in full
 * (each question against its command's constraints and its type), then, unless it is a dry run or a
 * question has an error, every supported question is written in one transaction.
 */
public final class QuestionBankExchangeImpl implements QuestionBankExchange {

    /** Longest file read, in characters. */
    static final int MAX_CHARS = 5_000_000;
    /** Most questions in one file. */
    static final int MAX_QUESTIONS = 5_000;

    private final UstozRuntime ustoz;
    private final QuestionBankService bank;
    private final Function<String, QuestionType> types;

    public QuestionBankExchangeImpl(UstozRuntime ustoz, QuestionBankService bank, Function<String, QuestionType> types) {
        this.ustoz = ustoz;
        this.bank = bank;
        this.types = types;
    }

    @Override
    public ImportReport importGift(UUID categoryId, Reader gift, ImportOptions options) {
        ustoz.validate(options);
        return run(categoryId, new GiftReader(options.language()).read(readAll(gift)), options);
    }

    @Override
    public ImportReport importGift(UUID categoryId, InputStream gift, ImportOptions options) {
        return importGift(categoryId, new InputStreamReader(gift, StandardCharsets.UTF_8), options);
    }

    @Override
    public ImportReport importMoodleXml(UUID categoryId, InputStream xml, ImportOptions options) {
        ustoz.validate(options);
        return run(categoryId, new MoodleXmlReader(options.language()).read(new org.xml.sax.InputSource(
                new LimitedInputStream(xml, MAX_CHARS * 4L))), options);
    }

    @Override
    public ImportReport importMoodleXml(UUID categoryId, Reader xml, ImportOptions options) {
        ustoz.validate(options);
        return run(categoryId, new MoodleXmlReader(options.language()).read(new org.xml.sax.InputSource(
                new java.io.StringReader(readAll(xml)))), options);
    }

    @Override
    public String exportGift(UUID categoryId) {
        return GiftWriter.write(questions(categoryId));
    }

    @Override
    public String exportMoodleXml(UUID categoryId) {
        return MoodleXmlWriter.write(questions(categoryId));
    }

    private List<QuestionView> questions(UUID categoryId) {
        List<QuestionView> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            Page<QuestionView> page = bank.find(categoryId, false, null, new PageRequest(p, PageRequest.MAX_SIZE));
            all.addAll(page.items());
            if (page.items().size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }

    private static String readAll(Reader reader) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try (reader) {
            for (int n; (n = reader.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
                if (sb.length() > MAX_CHARS) {
                    throw new UstozException(AssessmentsError.EXCHANGE_TOO_LARGE, MAX_CHARS, MAX_QUESTIONS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private ImportReport run(UUID categoryId, List<Draft> drafts, ImportOptions options) {
        Locale locale = ustoz.caller().locale();
        if (drafts.size() > MAX_QUESTIONS) {
            throw new UstozException(AssessmentsError.EXCHANGE_TOO_LARGE, MAX_CHARS, MAX_QUESTIONS).localizedFor(locale);
        }
        // the target must exist in the caller's tenant, also for a dry run
        bank.find(categoryId, false, null, PageRequest.first(1));
        UstozException first = null;
        int errors = 0;
        int unsupported = 0;
        for (Draft d : drafts) {
            if (d.isUnsupported()) {
                d.error = null;
                unsupported++;
                continue;
            }
            if (d.error == null) {
                d.error = check(d);
            }
            if (d.error != null) {
                errors++;
                if (first == null) {
                    first = d.error;
                }
            }
        }
        if (!options.dryRun() && first != null) {
            throw first.localizedFor(locale);
        }
        List<UUID> ids = new ArrayList<>();
        if (!options.dryRun()) {
            ids = ustoz.inTransaction(em -> {
                Map<List<String>, UUID> categories = new HashMap<>();
                List<CategoryView> existing = new ArrayList<>(bank.categories());
                List<UUID> created = new ArrayList<>();
                for (Draft d : drafts) {
                    if (d.isUnsupported()) {
                        created.add(null);
                        continue;
                    }
                    UUID target = category(categoryId, d.category, categories, existing, options.language());
                    created.add(bank.addQuestion(command(target, d)).id());
                }
                return created;
            });
        }
        List<ImportItem> items = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<ImportProblem> problems = new ArrayList<>(d.notes);
            ImportItem.Outcome outcome;
            if (d.isUnsupported()) {
                outcome = ImportItem.Outcome.UNSUPPORTED;
            } else if (d.error != null) {
                outcome = ImportItem.Outcome.ERROR;
                problems.add(0, new ImportProblem(ImportProblem.Severity.ERROR, d.error.code(), field(d.error),
                        d.error.getMessage(locale)));
            } else {
                outcome = options.dryRun() ? ImportItem.Outcome.WOULD_BE_CREATED : ImportItem.Outcome.CREATED;
                count++;
            }
            items.add(new ImportItem(d.line, d.element, d.type, d.title, String.join("/", d.category), outcome,
                    options.dryRun() ? null : ids.get(i), problems));
        }
        return new ImportReport(options.dryRun(), !options.dryRun(), count, unsupported, errors, items);
    }

    private static String field(UstozException e) {
        return e.errorCode() == AssessmentsError.EXCHANGE_QUESTION_INVALID && e.arguments().size() > 2
                ? String.valueOf(e.arguments().get(2)) : null;
    }

    private static AddQuestion command(UUID categoryId, Draft d) {
        return new AddQuestion(categoryId, null, d.type, d.content, d.points, Set.of(), null);
    }

    /** The first thing wrong with a readable question: its command's constraints, then its type's checks. */
    private UstozException check(Draft d) {
        Object[] place = d.place();
        QuestionType type = types.apply(d.type);
        if (type == null || d.content == null) {
            return new UstozException(AssessmentsError.EXCHANGE_QUESTION_INVALID, place[0], place[1], "type");
        }
        try {
            ustoz.validate(command(UUID.randomUUID(), d));
        } catch (ValidationFailedException e) {
            String field = e.fields().isEmpty() ? "" : e.fields().get(0);
            return new UstozException(AssessmentsError.EXCHANGE_QUESTION_INVALID, place[0], place[1], field);
        }
        List<ContentProblem> problems = type.problemsWith(d.content);
        if (!problems.isEmpty()) {
            return new UstozException(AssessmentsError.EXCHANGE_QUESTION_INVALID, place[0], place[1],
                    "content." + problems.get(0).field());
        }
        return null;
    }

    /** The category for a path below the target: an existing child of the same name, or a new one. */
    private UUID category(UUID root, List<String> path, Map<List<String>, UUID> known, List<CategoryView> existing,
            String language) {
        UUID current = root;
        for (int i = 0; i < path.size(); i++) {
            List<String> prefix = path.subList(0, i + 1);
            UUID found = known.get(prefix);
            if (found == null) {
                String name = path.get(i);
                UUID parent = current;
                found = existing.stream().filter(c -> parent.equals(c.parentId())
                        && c.name().asMap().containsValue(name)).map(CategoryView::id).findFirst().orElse(null);
                if (found == null) {
                    String slug = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
                    String code = (slug.length() > 40 ? slug.substring(0, 40) : slug) + (slug.isEmpty() ? "" : "-")
                            + UUID.randomUUID().toString().substring(0, 8);
                    CategoryView created = bank.createCategory(new CreateCategory(code,
                            LocalizedText.of(language, name), parent));
                    existing.add(created);
                    found = created.id();
                }
                known.put(List.copyOf(prefix), found);
            }
            current = found;
        }
        return current;
    }

    /** Stops reading after a number of bytes. */
    private static final class LimitedInputStream extends java.io.FilterInputStream {
        private long left;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new UstozException(AssessmentsError.EXCHANGE_TOO_LARGE, MAX_CHARS, MAX_QUESTIONS);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw new UstozException(AssessmentsError.EXCHANGE_TOO_LARGE, MAX_CHARS, MAX_QUESTIONS);
            }
            return n;
        }
    }
}
