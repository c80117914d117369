package org.ustoz.courses.trainee.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Turns a person's name, written in any script, into script-neutral search tokens, so that a name
 * stored in Tajik, Russian or Kazakh Cyrillic is found from its Latin spelling and the reverse, and
 * Uzbek Latin ("Oʻtkir") meets Uzbek Cyrillic ("Ўткир").
 *
 * <p>Two steps. First ICU4J transliterates to ASCII Latin: ICU's Kazakh BGN transliterator (which
 * covers the Russian alphabet too), then ICU's general Any-Latin and Latin-ASCII. ICU has no Tajik
 * transliterator, so the six Tajik letters and the Uzbek {@code ў} are given their usual Latin
 * spellings first (ҳ h, ҷ j, қ q, ғ gh, ӣ i, ӯ u, ё yo, ў oʻ). Second, spelling variants that
 * romanisations disagree on are folded (kh/x → h, sh → s, ch → c, zh → z, dzh → j, gh → g, q → k,
 * ye/yo/yu/ya → e/o/u/a, y → i, doubled letters → one), so "Shoxrux" and "Шохрух" both become "sohruh".
 * The tokens are a search key, never shown to anyone.
 */
public final class NameKeys {

    private static final String RULES = String.join("\n",
            ":: NFC ;",
            ":: Lower ;",
            "ҳ > h ; ҷ > j ; қ > q ; ғ > gh ; ӣ > i ; ӯ > u ; ё > yo ; ў > o ;",
            ":: Kazakh-Latin/BGN ;",
            ":: Any-Latin ;",
            ":: Latin-ASCII ;",
            ":: Lower ;");

    private static final Pattern APOSTROPHES = Pattern.compile("['’ʻʼ`‘]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
    private static final String[][] FOLDS = {
        {"dzh", "j"}, {"kh", "h"}, {"gh", "g"}, {"zh", "z"}, {"sh", "s"}, {"ch", "c"}, {"x", "h"}, {"q", "k"},
        {"yo", "o"}, {"yu", "u"}, {"ya", "a"}, {"ye", "e"}, {"iy", "i"}, {"y", "i"},
    };

    /** The longest token kept, in characters (the column holds 100). */
    public static final int MAX_TOKEN_LENGTH = 100;

    private final Transliterator toLatin = Transliterator.createFromRules("ustoz-names", RULES, Transliterator.FORWARD);

    /** The distinct search tokens of one or more names, in order of appearance. */
    public Set<String> tokens(String... names) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                tokens.addAll(split(name));
            }
        }
        return tokens;
    }

    /** The tokens of a search text, in order, duplicates dropped. */
    public List<String> queryTokens(String text) {
        return List.copyOf(tokens(text));
    }

    private List<String> split(String name) {
        String latin;
        synchronized (toLatin) { // ICU transliterators are not documented as thread-safe
            latin = toLatin.transliterate(name);
        }
        latin = APOSTROPHES.matcher(latin).replaceAll("");
        return Arrays.stream(SEPARATORS.split(latin))
                .filter(t -> !t.isEmpty())
                .map(NameKeys::fold)
                .map(t -> t.length() > MAX_TOKEN_LENGTH ? t.substring(0, MAX_TOKEN_LENGTH) : t)
                .toList();
    }

    public static String fold(String token) {
        String t = token;
        for (String[] fold : FOLDS) {
            t = t.replace(fold[0], fold[1]);
        }
        return DOUBLED.matcher(t).replaceAll("$1");
    }
}
