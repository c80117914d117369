package org.ustoz.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ustoz.assessments.exchange.ImportItem;
import org.ustoz.assessments.exchange.ImportOptions;
import org.ustoz.assessments.exchange.ImportReport;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.core.paging.PageRequest;

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
}
