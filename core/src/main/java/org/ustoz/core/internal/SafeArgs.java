package org.ustoz.core.internal;

import java.util.regex.Pattern;

/**
 * What an error message may repeat of a value a caller gave: a short key made of letters, digits and
 * {@code . _ : -} (a course code, a question type, a rubric level key) is shown as given; anything
 * else (free text, an e-mail, an external id, control characters, very long input) is shown as an
 * ellipsis, so that no message carries personal data or text a person typed.
 */
public final class SafeArgs {

    /** Shown in place of a value that is not a short key. */
    public static final String HIDDEN = "…";

    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]{0,63}");

    private SafeArgs() {
    }

    /** The value if it is a short key, else {@link #HIDDEN}. */
    public static String key(String value) {
        return value != null && KEY.matcher(value).matches() ? value : HIDDEN;
    }
}
