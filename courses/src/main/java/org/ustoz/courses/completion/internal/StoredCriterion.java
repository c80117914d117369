package org.ustoz.courses.completion.internal;

import org.ustoz.courses.completion.CriterionSetting;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a {@link CriterionSetting} is stored: its type, and its parameters as lines of
 * {@code key=value}, with {@code \}, {@code =} and line breaks escaped by a backslash.
 */
@Embeddable
public record StoredCriterion(
        @Column(name = "type", nullable = false, length = 100) String type,
        @Column(name = "parameters", length = 4000) String parameters) {

    static StoredCriterion of(CriterionSetting setting) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(setting.parameters()).forEach((k, v) -> {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(escape(k)).append('=').append(escape(v));
        });
        return new StoredCriterion(setting.type(), out.toString());
    }

    CriterionSetting toSetting() {
        Map<String, String> map = new TreeMap<>();
        if (parameters != null && !parameters.isEmpty()) {
            for (String line : parameters.split("\n", -1)) {
                int eq = separator(line);
                map.put(unescape(line.substring(0, eq)), eq < line.length() ? unescape(line.substring(eq + 1)) : "");
            }
        }
        return new CriterionSetting(type, map);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("=", "\\=").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static int separator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=') {
                return i;
            }
        }
        return line.length();
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
