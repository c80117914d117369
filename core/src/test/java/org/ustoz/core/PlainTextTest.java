package org.ustoz.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.DataException;
import org.junit.jupiter.api.Test;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.error.ValidationFailedException;
import org.ustoz.core.error.Violation;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.Failures;
import org.ustoz.core.internal.CommandValidator;
import org.ustoz.core.validation.DurationRange;
import org.ustoz.core.validation.PlainText;
import org.ustoz.core.validation.PlainTextValidator;

class PlainTextTest {

    record Place(String name, String city, LocalizedText note) {
    }

    record Command(
            @PlainText String name,
            @PlainText(PlainText.Kind.REASON) String reason,
            @PlainText(max = 5) LocalizedText title,
            List<@PlainText String> subjects,
            @PlainText Set<String> tags,
            Map<@PlainText String, @PlainText(PlainText.Kind.REASON) String> settings,
            @PlainText Place place,
            @DurationRange(minSeconds = 1, maxSeconds = 60) Duration limit) {
    }

    static Command ok() {
        return new Command("Zarina", "line\nline\ttab", LocalizedText.of("ru", "Курс"), List.of("a"), Set.of("t"),
                Map.of("k", "v"), new Place("n", "c", null), Duration.ofSeconds(60));
    }

    final AtomicReference<Locale> locale = new AtomicReference<>(Locale.ENGLISH);
    final CommandValidator validator = new CommandValidator(locale::get, List.of("org.ustoz.core.ValidationMessages"));

    @Test
    void acceptsTextOfEveryScriptAndRefusesControlsSurrogatesAndLength() {
        for (String good : List.of("Зарина Раҳмонова", "김민지", "a\u202Eb", "e\u0301", "🎓", "'); DROP TABLE x;--",
                "<script>alert(1)</script>", "   ")) {
            assertThat(PlainTextValidator.isValid(good, PlainText.Kind.LINE, 300)).as(good).isTrue();
        }
        for (String bad : List.of("a\u0000b", "a\u0001", "a\u007Fb", "a\u0085b", "a\uD800b", "a\uDC00b", "a\uD800",
                "a\nb", "a\tb", "a\u2028b", "\uFFFF")) {
            assertThat(PlainTextValidator.isValid(bad, PlainText.Kind.LINE, 300)).isFalse();
        }
        assertThat(PlainTextValidator.isValid("a\r\nb\tc", PlainText.Kind.REASON, 1000)).isTrue();
        assertThat(PlainTextValidator.isValid("a\u0000b", PlainText.Kind.RESPONSE, 100_000)).isFalse();
        // code points, not UTF-16 units: three emoji are three characters
        assertThat(PlainTextValidator.isValid("🎓🎓🎓", PlainText.Kind.LINE, 3)).isTrue();
        assertThat(PlainTextValidator.isValid("🎓🎓🎓🎓", PlainText.Kind.LINE, 3)).isFalse();
        validator.validate(ok());
    }

    @Test
    void violationsNameTheElementAndNeverTheValue() {
        Set<String> tags = new LinkedHashSet<>(List.of("a", "b", "bad\u0000"));
        Command bad = new Command("x\u0000y", "r\u0000", LocalizedText.builder().put("en", "ok").put("ru", "слишком")
                .build(), List.of("ok", "\uD800"), tags, Map.of("key", "v\u0001"),
                new Place("n", "c\u0000", LocalizedText.of("ko", "\u0000")), Duration.ofMillis(1500));
        assertThatThrownBy(() -> validator.validate(bad)).isInstanceOfSatisfying(ValidationFailedException.class, e -> {
            assertThat(e.fields()).containsExactlyInAnyOrder("limit", "name", "place.city", "place.note[ko]",
                    "reason", "settings[key]", "subjects[1]", "tags[2]", "title[ru]");
            assertThat(e.violations()).contains(
                    new Violation("name", "PlainText", "must be a single line of text without control characters"),
                    new Violation("reason", "PlainText",
                            "must not contain control characters other than tab and line breaks"),
                    new Violation("subjects[1]", "PlainText",
                            "must not contain broken characters (unpaired surrogates)"),
                    new Violation("title[ru]", "PlainText", "must be at most 5 characters long"),
                    new Violation("limit", "DurationRange", "must be a whole number of seconds from 1 to 60"));
            assertThat(e.getMessage()).doesNotContain("\u0000").doesNotContain("слишком");
        });
        locale.set(Locale.forLanguageTag("ru"));
        assertThatThrownBy(() -> validator.validateText("reason", "a\u0000", PlainText.Kind.REASON))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("reason", "PlainText",
                                "не должно содержать управляющих символов, кроме табуляции и переводов строки")));
        assertThat(validator.validateText("reason", "ok", PlainText.Kind.REASON)).isEqualTo("ok");
        assertThatThrownBy(() -> validator.validateText("reason", "🎓".repeat(501), PlainText.Kind.REASON))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.fields()).containsExactly("reason"));
    }

    @Test
    void aDatabaseFailureLeavesWithACodeAndWithoutSqlOrValues() {
        String secret = "zarina@example.org";
        var sql = new SQLException("ERROR: invalid byte sequence; insert into ustoz_trainee values ('" + secret + "')",
                "22021");
        var hibernate = new DataException("could not execute statement [insert into ustoz_trainee ...]", sql,
                "insert into ustoz_trainee (email) values (?)");
        RuntimeException translated = new Failures(Map.of()).translate(new PersistenceException(hibernate.getMessage(),
                hibernate));
        assertThat(translated).isInstanceOf(UstozException.class);
        UstozException u = (UstozException) translated;
        assertThat(u.code()).isEqualTo("core.data-rejected");
        for (Throwable t = u; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(secret).doesNotContainIgnoringCase("insert");
            assertThat(t.toString()).doesNotContain(secret).doesNotContainIgnoringCase("insert");
        }
        assertThat(u.getCause().getMessage()).contains("PersistenceException");
        assertThat(u.getCause().getCause().getCause().getMessage()).contains("SQLState 22021");
    }
}
