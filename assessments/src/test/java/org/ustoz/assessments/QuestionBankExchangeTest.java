package org.ustoz.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.exchange.ImportItem;
import org.ustoz.assessments.exchange.ImportOptions;
import org.ustoz.assessments.exchange.ImportReport;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.core.paging.PageRequest;
import org.ustoz.core.error.UstozException;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.assessments.question.QuestionTypes;

/** GIFT and Moodle XML import and export over the shared fixtures (read from ../../shared/fixtures, GPL ones not copied). */
class QuestionBankExchangeTest extends AssessmentsTest {

    static final Path FIXTURES = Path.of(System.getProperty("ustoz.fixtures", "../../shared/fixtures"));

    static String read(String dir, String name) throws Exception {
        return Files.readString(FIXTURES.resolve(dir).resolve(name));
    }

    static String summary(ImportReport r) {
        return r.created() + "/" + r.unsupported() + "/" + r.errors();
    }

    @Test
    void everyFixtureImports() throws Exception {
        Map<String, String> results = new LinkedHashMap<>();
        for (String dir : List.of("gift", "moodle-xml")) {
            List<Path> files;
            try (Stream<Path> s = Files.list(FIXTURES.resolve(dir))) {
                files = s.filter(p -> !p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                CategoryView cat = category("FX");
                String text = Files.readString(f);
                ImportReport r = dir.equals("gift")
                        ? assessments.exchange().importGift(cat.id(), new StringReader(text), ImportOptions.defaults())
                        : assessments.exchange().importMoodleXml(cat.id(), new StringReader(text), ImportOptions.defaults());
                results.put(f.getFileName().toString(), summary(r));
                for (ImportItem i : r.items()) {
                    System.out.println("  " + f.getFileName() + " " + i.line() + "/" + i.element() + " " + i.type() + " "
                            + i.outcome() + " " + i.problems().stream().map(p -> p.code()).toList());
                }
                assertThat(r.errors()).as(f.toString()).isZero();
                assertThat(assessments.bank().find(cat.id(), true, null, PageRequest.first(500)).items().size())
                        .isEqualTo(r.created());
            }
        }
        System.out.println("fixtures (created/unsupported/errors): " + results);
        // created/unsupported/errors per file; the unsupported ones: @@PLUGINFILE@@ (multiLineFeedback1), cloze (multianswer)
        assertThat(results).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("fuhrmanator__GIFT-grammar-PEG.js__escapeAll.gift", "1/0/0"),
                Map.entry("fuhrmanator__GIFT-grammar-PEG.js__matching1.gift", "2/0/0"),
                Map.entry("fuhrmanator__GIFT-grammar-PEG.js__multiLineFeedback1.gift", "1/1/0"),
                Map.entry("fuhrmanator__GIFT-grammar-PEG.js__multipleAnswersFloat.gift", "1/0/0"),
                Map.entry("fuhrmanator__GIFT-grammar-PEG.js__numerical1.gift", "10/0/0"),
                Map.entry("fuhrmanator__GIFT-grammar-PEG.js__options1.gift", "14/0/0"),
                Map.entry("fuhrmanator__GIFT-grammar-PEG.js__totara_moodle_backslash.gift", "1/0/0"),
                Map.entry("moodle__moodle__questions.gift.txt", "9/0/0"),
                Map.entry("moodle__moodle__questions_in_category.gift.txt", "4/0/0"),
                Map.entry("moodle__moodle__multianswer.xml", "0/1/0"),
                Map.entry("moodle__moodle__nested_categories_with_questions.xml", "5/0/0")));
    }

    static ImportReport gift(CategoryView cat, String text, ImportOptions options) {
        return assessments.exchange().importGift(cat.id(), new StringReader(text), options);
    }

    /** The questions whose stem starts with {@code prefix} (export order follows question ids, not the file), the n-th. */
    static QuestionView stem(List<QuestionView> qs, String prefix, int n) {
        List<QuestionView> found = qs.stream().filter(q -> q.content().stem().primary().startsWith(prefix)).toList();
        assertThat(found).as(prefix).hasSizeGreaterThan(n);
        return found.stream().sorted(java.util.Comparator.comparingInt(q -> q.content().answers().size())).toList().get(n);
    }

    static List<QuestionView> questions(CategoryView cat) {
        return assessments.bank().find(cat.id(), true, null, PageRequest.first(500)).items();
    }

    /** Content with credits and tolerances compared by value (0.5 and 0.50 alike). */
    static String normal(QuestionView q) {
        return q.type() + " " + q.points().stripTrailingZeros() + " " + q.content().toString()
                .replaceAll("(\\d+\\.\\d*?)0+([,)\\]])", "$1$2").replaceAll("(\\d)\\.([,)\\]])", "$1$2");
    }

    @Test
    void fieldsOfTheFixtures() throws Exception {
        CategoryView cat = category("FIELDS");
        gift(cat, read("gift", "fuhrmanator__GIFT-grammar-PEG.js__multipleAnswersFloat.gift"), ImportOptions.defaults());
        QuestionView multi = questions(cat).get(0);
        assertThat(multi.type()).isEqualTo(QuestionTypes.MULTIPLE_RESPONSE);
        assertThat(multi.content().stem().primary()).isEqualTo("Select all of the options below which name a continent:");
        assertThat(multi.content().choices()).extracting(c -> c.credit().stripTrailingZeros().toPlainString())
                .containsExactly("0.3333333", "0.3333333", "-1", "0.3333334", "-1");

        CategoryView esc = category("ESC");
        gift(esc, read("gift", "fuhrmanator__GIFT-grammar-PEG.js__escapeAll.gift"), ImportOptions.defaults());
        QuestionView e = questions(esc).get(0);
        assertThat(e.content().setting("title", null)).isEqualTo("GIFT Control Characters");
        assertThat(e.content().choices()).extracting(c -> c.text().primary())
                .containsExactly("~", "=", "#", "{", "}", ":", "\\");
        assertThat(e.content().choices().get(6).feedback().primary()).startsWith("Correct! \\ (backslash)")
                .contains("\n");

        CategoryView num = category("NUM");
        gift(num, read("gift", "fuhrmanator__GIFT-grammar-PEG.js__numerical1.gift"), ImportOptions.defaults().inLanguage("fr"));
        List<QuestionView> ns = questions(num);
        assertThat(stem(ns, "What is the value of pi (to 3 decimal places)? _____.", 0).content().answers().get(0)).satisfies(a -> {
            assertThat(a.value()).isEqualTo("3.1415");
            assertThat(a.tolerance()).isEqualByComparingTo("0.0005");
        });
        assertThat(stem(ns, "Give me a number from 1 to 5", 0).content().answers().get(0)).satisfies(a -> {
            assertThat(a.value()).isEqualTo("3");
            assertThat(a.tolerance()).isEqualByComparingTo("2");
        });
        assertThat(stem(ns, "When was Ulysses S. Grant born?", 1).content().answers()).hasSize(2);
        assertThat(stem(ns, "<p>Combien", 0).content().setting("text-format", null)).isEqualTo("html");
        assertThat(stem(ns, "<p>Combien", 0).content().stem().primaryLocale().getLanguage()).isEqualTo("fr");
        assertThat(stem(ns, "<p>Combien", 0).content().answers().get(2).feedback().primary()).contains("href=\"http://fr.wikipedia.org");

        CategoryView tf = category("TF");
        gift(tf, read("gift", "moodle__moodle__questions.gift.txt"), ImportOptions.defaults());
        QuestionView q1 = questions(tf).stream().filter(q -> "Q1".equals(q.content().setting("title", null)))
                .findFirst().orElseThrow();
        assertThat(q1.content().choice("false").credit()).isEqualByComparingTo("1");
        assertThat(q1.content().choice("false").feedback().primary()).isEqualTo("You gave the right answer.");
        assertThat(q1.content().choice("true").feedback().primary()).isEqualTo("42 is the Ultimate Answer.");
        assertThat(q1.content().feedback().primary()).startsWith("This is, of course");
        QuestionView q5 = questions(tf).stream().filter(q -> "Q5".equals(q.content().setting("title", null)))
                .findFirst().orElseThrow();
        assertThat(q5.content().stem().primary()).isEqualTo("What is a number from 1 to 5? _____\";");

        CategoryView incat = category("INCAT");
        ImportReport r = gift(incat, read("gift", "moodle__moodle__questions_in_category.gift.txt"), ImportOptions.defaults());
        assertThat(r.items()).allSatisfy(i -> assertThat(i.category()).isEqualTo("Default for New Features"));
        assertThat(questions(incat)).allSatisfy(q -> assertThat(q.categoryId()).isNotEqualTo(incat.id()));
        assertThat(stem(questions(incat), "<a href", 0).content().stem().primary())
                .startsWith("<a href=\"http://demo.moodle.net/file.php/5/media/bonjour.mp3\">Listen to this greeting:</a>");

        CategoryView xml = category("XML");
        ImportReport x = assessments.exchange().importMoodleXml(xml.id(),
                Files.newInputStream(FIXTURES.resolve("moodle-xml/moodle__moodle__nested_categories_with_questions.xml")),
                ImportOptions.defaults());
        assertThat(x.items()).extracting(ImportItem::category)
                .containsExactly("Iota", "Iota/Kappa", "Iota/Kappa", "Iota/Kappa/Lambda", "Iota/Mu");
        assertThat(x.items()).extracting(ImportItem::type).containsExactly(QuestionTypes.TRUE_FALSE, QuestionTypes.ESSAY,
                QuestionTypes.TRUE_FALSE, QuestionTypes.TRUE_FALSE, QuestionTypes.TRUE_FALSE);
        assertThat(stem(questions(xml), "<p>Testing Iota", 0).content().stem().primary()).isEqualTo("<p>Testing Iota Question</p>");
        assertThat(stem(questions(xml), "<p>Testing Iota", 0).content().setting("text-format", null)).isEqualTo("html");
        ImportReport cloze = assessments.exchange().importMoodleXml(xml.id(),
                Files.newInputStream(FIXTURES.resolve("moodle-xml/moodle__moodle__multianswer.xml")), ImportOptions.defaults());
        assertThat(cloze.items().get(0).problems()).extracting(p -> p.code()).contains("unsupported.cloze");
    }

    @Test
    void roundTripsGiveTheSameQuestions() throws Exception {
        for (String file : List.of("moodle__moodle__questions.gift.txt", "fuhrmanator__GIFT-grammar-PEG.js__options1.gift",
                "fuhrmanator__GIFT-grammar-PEG.js__numerical1.gift", "fuhrmanator__GIFT-grammar-PEG.js__escapeAll.gift",
                "fuhrmanator__GIFT-grammar-PEG.js__multipleAnswersFloat.gift",
                "fuhrmanator__GIFT-grammar-PEG.js__multiLineFeedback1.gift",
                "fuhrmanator__GIFT-grammar-PEG.js__totara_moodle_backslash.gift",
                "fuhrmanator__GIFT-grammar-PEG.js__matching1.gift")) {
            CategoryView first = category("RT");
            gift(first, read("gift", file), ImportOptions.defaults());
            CategoryView second = category("RT");
            gift(second, assessments.exchange().exportGift(first.id()), ImportOptions.defaults());
            CategoryView third = category("RTX");
            assessments.exchange().importMoodleXml(third.id(),
                    new StringReader(assessments.exchange().exportMoodleXml(first.id())), ImportOptions.defaults());
            CategoryView fourth = category("RTX");
            assessments.exchange().importMoodleXml(fourth.id(),
                    new StringReader(assessments.exchange().exportMoodleXml(third.id())), ImportOptions.defaults());
            assertThat(questions(second).stream().map(QuestionBankExchangeTest::normal).toList()).as(file)
                    .containsExactlyInAnyOrderElementsOf(questions(first).stream().map(QuestionBankExchangeTest::normal).toList());
            assertThat(questions(fourth).stream().map(QuestionBankExchangeTest::normal).toList()).as(file)
                    .containsExactlyInAnyOrderElementsOf(questions(third).stream().map(QuestionBankExchangeTest::normal).toList());
            assertThat(questions(third)).hasSameSizeAs(questions(first));
        }
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        CategoryView cat = category("DRY");
        int before = assessments.bank().categories().size();
        ImportReport r = gift(cat, read("gift", "moodle__moodle__questions_in_category.gift.txt"), ImportOptions.dryRunOnly());
        assertThat(r.dryRun()).isTrue();
        assertThat(r.written()).isFalse();
        assertThat(r.created()).isEqualTo(4);
        assertThat(r.items()).extracting(ImportItem::outcome).containsOnly(ImportItem.Outcome.WOULD_BE_CREATED);
        assertThat(r.items()).extracting(ImportItem::line).containsExactly(5, 14, 22, 27);
        assertThat(r.items()).extracting(ImportItem::title).contains("Greeting");
        assertThat(questions(cat)).isEmpty();
        assertThat(assessments.bank().categories()).hasSize(before);
    }

    @Test
    void aBadQuestionInTheMiddleWritesNothing() {
        CategoryView cat = category("BAD");
        String text = "::a:: One? {=yes ~no}\n\n::b:: Two? {~%abc%yes ~no}\n\n::c:: Three? {=x}\n\n"
                + "::d:: Four? {~only ~wrong}\n";
        ImportReport dry = gift(cat, text, ImportOptions.dryRunOnly());
        assertThat(dry.errors()).isEqualTo(2);
        assertThat(dry.items()).extracting(ImportItem::outcome).containsExactly(ImportItem.Outcome.WOULD_BE_CREATED,
                ImportItem.Outcome.ERROR, ImportItem.Outcome.WOULD_BE_CREATED, ImportItem.Outcome.ERROR);
        assertThat(dry.items().get(1).problems().get(0).code()).isEqualTo("assessments.exchange.syntax");
        assertThat(dry.items().get(3).problems().get(0).field()).startsWith("content.");
        assertThatThrownBy(() -> gift(cat, text, ImportOptions.defaults())).isInstanceOfSatisfying(UstozException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("assessments.exchange.syntax");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("Line 3");
                });
        assertThat(questions(cat)).isEmpty();
    }

    @Test
    void unbalancedBracesAreNamedByLine() {
        CategoryView cat = category("BRACE");
        String text = "// header\nFirst? {=yes ~no}\n\nSecond? {=yes\n~no\n\nThird? {T}\n\nFourth? =yes ~no}\n";
        ImportReport dry = gift(cat, text, ImportOptions.dryRunOnly());
        assertThat(dry.items()).filteredOn(i -> i.outcome() == ImportItem.Outcome.ERROR).extracting(ImportItem::line)
                .containsExactly(4, 9);
        for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("ko"))) {
            assertThat(dry.items().get(1).problems().get(0).code()).isEqualTo("assessments.exchange.unbalanced-braces");
        }
        assertThatThrownBy(() -> gift(cat, text, ImportOptions.defaults())).isInstanceOfSatisfying(UstozException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("assessments.exchange.unbalanced-braces");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("Line 4").contains("braces");
                    assertThat(e.getMessage(Locale.forLanguageTag("ru"))).contains("Строка 4");
                });
        assertThat(questions(cat)).isEmpty();
    }

    @Test
    void xxeAndBillionLaughsAreRefused() {
        CategoryView cat = category("XXE");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<quiz><question type=\"essay\"><name><text>x</text></name><questiontext format=\"html\"><text>&x;</text>"
                + "</questiontext></question></quiz>";
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            lol.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]>\n<quiz><question type=\"essay\"><questiontext><text>&l9;</text></questiontext></question></quiz>");
        String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz SYSTEM \"http://127.0.0.1:9/quiz.dtd\">\n<quiz/>";
        for (String bad : List.of(xxe, lol.toString(), external)) {
            for (boolean dry : List.of(true, false)) {
                assertThatThrownBy(() -> assessments.exchange().importMoodleXml(cat.id(), new StringReader(bad),
                        new ImportOptions("en", dry))).isInstanceOfSatisfying(UstozException.class, e -> {
                            assertThat(e.code()).isEqualTo("assessments.exchange.xml-unsafe");
                            assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("root:");
                        });
            }
        }
        assertCode(() -> assessments.exchange().importMoodleXml(cat.id(), new StringReader("<quiz><question>"),
                ImportOptions.defaults()), "assessments.exchange.xml-malformed");
        assertThat(questions(cat)).isEmpty();
    }

    @Test
    void hostileTextInAFileIsRefusedByFieldWithoutRepeatingIt() {
        CategoryView cat = category("HOSTILE");
        String text = "::ok:: Fine? {=yes ~no}\n\n::nul:: Zarina\u0000Rahmonova? {=yes ~no}\n\n::sur:: a\uD800b {=x}\n";
        ImportReport dry = gift(cat, text, ImportOptions.dryRunOnly());
        assertThat(dry.items()).extracting(ImportItem::outcome).containsExactly(ImportItem.Outcome.WOULD_BE_CREATED,
                ImportItem.Outcome.ERROR, ImportItem.Outcome.ERROR);
        assertThat(dry.items().get(1).problems().get(0).field()).startsWith("content.stem");
        assertThatThrownBy(() -> gift(cat, text, ImportOptions.defaults())).isInstanceOfSatisfying(UstozException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("assessments.exchange.question-invalid");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("Line 3").doesNotContain("Zarina");
                });
        assertThat(questions(cat)).isEmpty();
    }
}
