package org.ustoz.courses.certificate.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes of certificates: 80 random bits as 16 Crockford base-32 characters, grouped by
 * four, and a Crockford check character (the value modulo 37), such as {@code 7K2M-9QXD-4HTR-B8WN-C}.
 * Base 32 leaves out I, L, O and U, so a code read aloud or typed is hard to get wrong; the check
 * character catches a mistyped or swapped character before the lookup.
 */
public final class VerificationCodes {

    private static final String DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECK = DIGITS + "*~$=U";
    private static final int LENGTH = 16;

    private final SecureRandom random;

    public VerificationCodes(SecureRandom random) {
        this.random = random;
    }

    /** A fresh code in its printed form. */
    public String next() {
        byte[] bytes = new byte[10]; // 80 bits
        random.nextBytes(bytes);
        char[] out = new char[LENGTH];
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (bytes[i] & 0xFF);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (bytes[i] & 0xFF);
        }
        for (int i = 7; i >= 0; i--) {
            out[i] = DIGITS.charAt((int) (hi & 31));
            hi >>>= 5;
            out[i + 8] = DIGITS.charAt((int) (lo & 31));
            lo >>>= 5;
        }
        String body = new String(out);
        return format(body + CHECK.charAt(checkValue(body)));
    }

    /**
     * The printed form of what someone typed, or {@code null} when it cannot be a code: case,
     * hyphens and spaces do not matter, O reads as 0, I and L as 1, and the check character must match.
     */
    public static String normalise(String typed) {
        if (typed == null || typed.length() > 64) {
            return null;
        }
        StringBuilder b = new StringBuilder(LENGTH + 1);
        String upper = typed.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            b.append(c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c);
        }
        if (b.length() != LENGTH + 1) {
            return null;
        }
        String body = b.substring(0, LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            if (DIGITS.indexOf(body.charAt(i)) < 0) {
                return null;
            }
        }
        if (CHECK.indexOf(b.charAt(LENGTH)) != checkValue(body)) {
            return null;
        }
        return format(b.toString());
    }

    private static int checkValue(String body) {
        int mod = 0;
        for (int i = 0; i < body.length(); i++) {
            mod = (mod * 32 + DIGITS.indexOf(body.charAt(i))) % 37;
        }
        return mod;
    }

    private static String format(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-"
                + code.substring(12, 16) + "-" + code.substring(16);
    }
}
