package org.ustoz.assessments.exchange;

import java.io.InputStream;
import java.io.Reader;
import java.util.UUID;

/**
 * Imports questions into a category of the caller's tenant from Moodle GIFT or Moodle XML, and
 * exports a category's questions (latest versions) to them.
 *
 * <p>What maps to what: single-answer multiple choice to {@code single-choice}; multiple choice with
 * several right answers to {@code multiple-response} (partial scoring, penalties kept as negative
 * credits); true/false; short answer (Moodle's {@code *} wildcard is Ustoz's); numerical to
 * {@code numeric} (GIFT ranges {@code 1..5} become the midpoint with a tolerance); matching; essay.
 * Weights become credits: {@code %50%} is 0.5; fractional weights such as {@code 33.33333} are snapped
 * to seven decimal places, and when the right answers of a multiple-response question add up to 1
 * within 0.00001 the last one takes up the difference ({@code 0.3333333 + 0.3333333 + 0.3333334}).
 * The question's name (GIFT {@code ::title::}, XML {@code <name>}) is kept in setting {@code title}
 * and the text format ({@code html}, {@code markdown}, {@code plain}, {@code moodle}) in setting
 * {@code text-format}, so that an export writes them back. Texts are stored in the language of
 * {@link ImportOptions#language()}.
 *
 * <p>Category switches ({@code $CATEGORY: $course$/A/B} in GIFT, {@code <question type="category">} in
 * XML) create, or reuse by name, sub-categories of the target category ({@code $course$}, {@code top}
 * and similar Moodle prefixes are left out).
 *
 * <p>Not represented, reported per question as {@link ImportProblem.Severity#UNSUPPORTED} and skipped:
 * cloze ({@code unsupported.cloze}), calculated ({@code unsupported.calculated}), drag and drop and
 * gap select ({@code unsupported.drag-and-drop}), descriptions without answers
 * ({@code unsupported.description}), texts with {@code @@PLUGINFILE@@} files
 * ({@code unsupported.embedded-file}) and other types ({@code unsupported.type}). Parts dropped from an
 * otherwise imported question are {@link ImportProblem.Severity#WARNING warnings}: a matching answer
 * without a premise ({@code warning.matching-distractor}), a numeric catch-all answer
 * ({@code warning.numeric-catch-all}), per-answer text formats ({@code warning.answer-format}).
 */
public interface QuestionBankExchange {

    /**
     * Reads GIFT text into the category.
     *
     * @return what was (or, in a dry run, would be) created, unsupported or wrong, per question
     * @throws org.ustoz.core.error.UstozException on a real run when a question has an error: the first
     *         error, naming its line (such as {@code assessments.exchange.unbalanced-braces}); also
     *         {@code assessments.category.not-found}, {@code assessments.exchange.too-large}
     */
    ImportReport importGift(UUID categoryId, Reader gift, ImportOptions options);

    /** Reads GIFT as UTF-8 (a byte order mark is skipped); see {@link #importGift(UUID, Reader, ImportOptions)}. */
    ImportReport importGift(UUID categoryId, InputStream gift, ImportOptions options);

    /**
     * Reads Moodle XML into the category; the encoding is the XML declaration's.
     *
     * @throws org.ustoz.core.error.UstozException {@code assessments.exchange.xml-unsafe} for a document
     *         type declaration (entities, external or not), {@code assessments.exchange.xml-malformed},
     *         and as {@link #importGift(UUID, Reader, ImportOptions)} does
     */
    ImportReport importMoodleXml(UUID categoryId, InputStream xml, ImportOptions options);

    /** Reads Moodle XML from characters; see {@link #importMoodleXml(UUID, InputStream, ImportOptions)}. */
    ImportReport importMoodleXml(UUID categoryId, Reader xml, ImportOptions options);

    /**
     * The category's questions (not its sub-categories'), at their latest versions, as GIFT. A question
     * GIFT cannot hold (ordering, a type contributed by the host) is written as a comment line naming
     * its id and type.
     */
    String exportGift(UUID categoryId);

    /** The category's questions as Moodle XML (UTF-8); ordering and contributed types as comments. */
    String exportMoodleXml(UUID categoryId);
}
