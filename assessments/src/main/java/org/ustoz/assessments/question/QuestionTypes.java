package org.ustoz.assessments.question;

/** Keys of the question types Ustoz ships, and their settings. */
public final class QuestionTypes {

    /** One correct choice; the chosen choice's credit (settings: none). */
    public static final String SINGLE_CHOICE = "single-choice";
    /**
     * Several choices may be chosen. Setting {@value #SCORING}: {@value #ALL_OR_NOTHING} (full credit
     * only for exactly the right set), {@value #RIGHT_MINUS_WRONG} (right chosen minus wrong chosen,
     * over the number right, at least 0) or {@value #PARTIAL} (the sum of the chosen choices' credits,
     * at least 0; the default).
     */
    public static final String MULTIPLE_RESPONSE = "multiple-response";
    /** Two choices with keys {@code true} and {@code false}. */
    public static final String TRUE_FALSE = "true-false";
    /**
     * Free text compared with the accepted answers after Unicode NFKC normalisation, trimming and
     * collapsing whitespace; case-insensitive unless setting {@value #CASE_SENSITIVE} is {@code true};
     * {@code *} in an accepted answer matches any run of characters. The best matching answer counts.
     */
    public static final String SHORT_ANSWER = "short-answer";
    /**
     * A number compared with the accepted answers within their tolerance: setting
     * {@value #TOLERANCE} is {@value #ABSOLUTE} (the default) or {@value #RELATIVE} (a fraction of the
     * answer). The best matching answer counts.
     */
    public static final String NUMERIC = "numeric";
    /** Premises matched with answers; each right pair earns its share, unless {@value #SCORING} is {@value #ALL_OR_NOTHING}. */
    public static final String MATCHING = "matching";
    /**
     * Items put in order; choices are listed in the correct order. {@value #SCORING}:
     * {@value #ALL_OR_NOTHING} or {@value #PARTIAL} (the share of items in their right position; the
     * default).
     */
    public static final String ORDERING = "ordering";
    /** Free text graded by hand, optionally with a rubric. */
    public static final String ESSAY = "essay";

    /** Setting naming the scoring rule. */
    public static final String SCORING = "scoring";
    public static final String ALL_OR_NOTHING = "all-or-nothing";
    public static final String RIGHT_MINUS_WRONG = "right-minus-wrong";
    public static final String PARTIAL = "partial";
    /** Setting: short answers compared case-sensitively ({@code true}/{@code false}). */
    public static final String CASE_SENSITIVE = "case-sensitive";
    /** Setting: how numeric tolerance is read. */
    public static final String TOLERANCE = "tolerance";
    public static final String ABSOLUTE = "absolute";
    public static final String RELATIVE = "relative";

    private QuestionTypes() {
    }
}
