package org.ustoz.assessments.question;

import java.util.List;
import java.util.UUID;

import org.ustoz.core.paging.Page;
import org.ustoz.core.paging.PageRequest;

/** The question bank of the caller's tenant: categories, questions and their versions. */
public interface QuestionBankService {

    /** @throws org.ustoz.core.error.UstozException {@code assessments.category.code-taken} */
    CategoryView createCategory(CreateCategory command);

    /** All categories of the tenant, by code. */
    List<CategoryView> categories();

    /**
     * Adds a question at version 1.
     *
     * @throws org.ustoz.core.error.UstozException {@code assessments.question.type-unknown},
     *         {@code assessments.question.invalid} (naming the field, such as {@code content.choices[1].credit}),
     *         {@code assessments.category.not-found}, {@code assessments.question.code-taken}
     */
    QuestionView addQuestion(AddQuestion command);

    /** Stores the next version of a question; earlier versions and attempts on them stay as they were. */
    QuestionView reviseQuestion(ReviseQuestion command);

    /** A question at its latest version. */
    QuestionView get(UUID questionId);

    /** A question at one of its versions. */
    QuestionView get(UUID questionId, int versionNumber);

    /** Questions of a category (and of its sub-categories when {@code deep}), optionally with a tag, at their latest versions. */
    Page<QuestionView> find(UUID categoryId, boolean deep, String tag, PageRequest page);

    /** The keys of the question types this installation knows, built-in and contributed. */
    List<String> types();
}
