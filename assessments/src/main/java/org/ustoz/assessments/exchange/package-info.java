/**
 * API: moving question banks in and out of Ustoz as Moodle GIFT text and Moodle XML, through
 * {@link org.ustoz.assessments.exchange.QuestionBankExchange} ({@code Assessments.exchange()}).
 *
 * <p>Imports are all or nothing: {@link org.ustoz.assessments.exchange.ImportOptions#dryRun() a dry run}
 * reports, per question, what would be created and what is wrong; a real run creates every question
 * or, when any question has an error, nothing. Questions Ustoz cannot represent (cloze, calculated,
 * drag and drop, descriptions, embedded files) are reported as unsupported and skipped; they do not
 * block the import. Errors (unbalanced braces, a weight that is not a number, content a question type
 * refuses) do.
 */
package org.ustoz.assessments.exchange;
