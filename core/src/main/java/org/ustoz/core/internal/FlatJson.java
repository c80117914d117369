package org.ustoz.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes and reads a flat JSON object of string values ({@code {"tg":"...","ru":"..."}}), which is
 * all {@link org.ustoz.core.i18n.LocalizedText} needs; Ustoz does not impose a JSON library on hosts.
 */
public final class FlatJson {

    private FlatJson() {
    }

    public static String write(Map<String, String> map) {
        StringBuilder out = new StringBuilder(16 + map.size() * 32).append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(e.getKey(), out);
            out.append(':');
            quote(e.getValue(), out);
        }
        return out.append('}').toString();
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    public static LinkedHashMap<String, String> read(String json) {
        Reader r = new Reader(json);
        LinkedHashMap<String, String> map = new LinkedHashMap<>();
        r.skipWs();
        r.expect('{');
        r.skipWs();
        if (r.peek() == '}') {
            r.pos++;
            return map;
        }
        while (true) {
            r.skipWs();
            String key = r.string();
            r.skipWs();
            r.expect(':');
            r.skipWs();
            map.put(key, r.string());
            r.skipWs();
            char c = r.next();
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw r.error("',' or '}'");
            }
        }
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        char peek() {
            if (pos >= s.length()) {
                throw error("more input");
            }
            return s.charAt(pos);
        }

        char next() {
            char c = peek();
            pos++;
            return c;
        }

        void skipWs() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        void expect(char c) {
            if (next() != c) {
                throw error("'" + c + "'");
            }
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw error("4 hex digits");
                        }
                        out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw error("an escape");
                }
            }
        }

        IllegalArgumentException error(String expected) {
            return new IllegalArgumentException("malformed JSON text at " + pos + ": expected " + expected);
        }
    }
}
