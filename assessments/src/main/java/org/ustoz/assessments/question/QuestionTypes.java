package org.ustoz.assessments.question;

/**
 * Keys of the question types Ustoz ships, and their settings.
 *
 * <p>Rules common to the types with choices: at least the number of choices each type says; keys
 * non-blank, unique, at most 40 characters long, without {@code =} or {@code ,}. An unknown value of a
 * setting a type reads is a content problem on {@code settings.<name>}; settings a type does not read
 * are ignored. An empty response (no values, or only blank ones) is always accepted and earns
 * {@link Credit#NONE}; {@code grade} throws {@link IllegalArgumentException} for a response whose
 * shape has problems.
 */
public final class QuestionTypes {

    /**
     * One choice is picked and earns its own credit (settings: none). At least 2 choices, credits
     * from 0 to 1, at least one earning full credit (1). Response: one choice key.
     */
    public static final String SINGLE_CHOICE = "single-choice";
    /**
     * Several choices may be chosen. A choice is <em>right</em> when its credit is above 0 and
     * <em>wrong</em> otherwise (a choice with credit 0 is wrong too). Setting {@value #SCORING}:
     * {@value #ALL_OR_NOTHING} (full credit only for exactly the right set), {@value #RIGHT_MINUS_WRONG}
     * (right chosen minus wrong chosen, over the number right, at least 0; the size of the credits does
     * not matter) or {@value #PARTIAL} (the sum of the chosen choices' credits, at least 0 and at most 1;
     * the default). At least 2 choices, credits from -1 to 1, at least one right; under
     * {@value #PARTIAL} the credits of the right choices add up to exactly 1 (write thirds as
     * {@code 0.3333333}, {@code 0.3333333}, {@code 0.3333334}). Response: distinct choice keys.
     */
    public static final String MULTIPLE_RESPONSE = "multiple-response";
    /**
     * Two choices with keys {@code true} and {@code false}, one right (credit 1) and the other wrong
     * (credit 0); never shuffled. Response: {@code true} or {@code false}.
     */
    public static final String TRUE_FALSE = "true-false";
    /**
     * Free text compared with the accepted answers after Unicode NFKC normalisation, removing soft
     * hyphens, zero-width spaces, word joiners and byte-order marks, trimming and collapsing every run
     * of Unicode white space to one space; case-insensitive unless setting {@value #CASE_SENSITIVE} is
     * {@code true} (the only values are {@code true} and {@code false}). Case is folded code point by
     * code point as lower case of upper case, independently of any locale (as
     * {@link String#equalsIgnoreCase} does), so the Turkish and Kazakh {@code I ı İ i} all match one
     * another when case is ignored. {@code *} in an accepted answer matches any run of characters,
     * possibly none, and {@code \*} a literal star; every other character is literal. The best
     * matching answer counts. At least one accepted answer, none blank, credits from 0 to 1, at least
     * one earning full credit. Response: one text.
     */
    public static final String SHORT_ANSWER = "short-answer";
    /**
     * A number compared with the accepted answers within their tolerance: setting
     * {@value #TOLERANCE} is {@value #ABSOLUTE} (the default; {@code |response - answer| <= tolerance})
     * or {@value #RELATIVE} (a fraction of the answer; {@code |response - answer| <= tolerance * |answer|},
     * so an answer of 0 accepts only 0). Bounds are inclusive; no tolerance means exactly equal, in
     * decimal arithmetic. The best matching answer counts. Numbers, in responses and in answers, are
     * an optional sign, decimal digits (full-width and other scripts' digits too) and at most one
     * decimal separator, a point or a comma ({@code 3,5} is three and a half), with surrounding spaces
     * allowed; no thousands separators, no exponents, at most 100 characters. At least one accepted
     * answer, tolerances not negative, credits from 0 to 1, at least one earning full credit.
     */
    public static final String NUMERIC = "numeric";
    /**
     * Premises matched with answers; each right pair earns {@code 1/n} of the credit ({@code n} being
     * the number of premises; premises left unmatched earn nothing), unless {@value #SCORING} is
     * {@value #ALL_OR_NOTHING} ({@value #PARTIAL}, the default, is the other value). A pair is right
     * when the answer chosen equals the premise's own ({@link org.ustoz.core.i18n.LocalizedText}
     * equality, all languages), so premises sharing an answer accept either's key. At least 2 choices,
     * each with a {@link Choice#match() match}. Response: {@code premiseKey=answerKey} pairs, each
     * premise at most once; an answer key may be used for several premises.
     */
    public static final String MATCHING = "matching";
    /**
     * Items put in order; choices are listed in the correct order. {@value #SCORING}:
     * {@value #ALL_OR_NOTHING} or {@value #PARTIAL} (the share of items in their right position; the
     * default). At least 2 items. Response: every key exactly once.
     */
    public static final String ORDERING = "ordering";
    /** Free text graded by hand, optionally with a rubric; the content needs only a stem. Response: one text. */
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
