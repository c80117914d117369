package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ustoz.courses.Fixture.seoul;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;

import org.junit.jupiter.api.Test;
import org.ustoz.core.id.Ids;
import org.ustoz.courses.timetable.RescheduleSession;
import org.ustoz.courses.timetable.SessionView;

class CalendarTest extends ServiceTest {

    private static Calendar parse(String text) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            ValidationResult result = calendar.validate();
            assertThat(result.hasErrors()).as(result.toString()).isFalse();
            return calendar;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    private static String prop(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static VEvent eventOf(Calendar calendar, UUID sessionId) {
        return events(calendar).stream().filter(e -> (sessionId + "@ustoz").equals(prop(e, "UID"))).findFirst()
                .orElseThrow();
    }

    /** The wall-clock start as written, read in the zone its TZID names with the JDK's rules. */
    private static Instant start(VEvent event) {
        Property p = event.getProperty("DTSTART").orElseThrow();
        String zone = p.getParameter("TZID").orElseThrow().getValue();
        return LocalDateTime.parse(p.getValue(), java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                .atZone(ZoneId.of(zone)).toInstant();
    }

    @Test
    void aCohortCalendarIsValidWithItsTimeZoneStableUidsAndSeoulWallClockTimes() {
        Fixture.Running k = f.running(2, 3);
        t.clock().set(Instant.parse("2025-08-01T03:04:05Z"));
        String text = f.courses.calendar().cohortCalendar(k.id());
        Calendar calendar = parse(text);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nPRODID:-//Ustoz//");
        assertThat(calendar.getComponents("VTIMEZONE")).singleElement()
                .satisfies(z -> assertThat(((VTimeZone) z).getTimeZoneId().getValue()).isEqualTo("Asia/Seoul"));
        List<VEvent> events = events(calendar);
        assertThat(events).extracting(e -> prop(e, "UID"))
                .containsExactlyElementsOf(k.sessions().stream().map(s -> s.id() + "@ustoz").toList());
        VEvent first = eventOf(calendar, k.sessions().get(0).id());
        Property dtStart = first.getProperty("DTSTART").orElseThrow();
        assertThat(dtStart.getValue()).isEqualTo("20250804T090000");
        assertThat(dtStart.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Seoul");
        assertThat(start(first)).isEqualTo(seoul(4, 9, 0));
        assertThat(first.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20250804T110000");
        assertThat(prop(first, "DTSTAMP")).isEqualTo("20250801T030405Z");
        assertThat(prop(first, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(prop(first, "LOCATION")).startsWith("Room ").contains("Sejong Education Training Institute");
        assertThat(prop(first, "DESCRIPTION")).contains("Facilitator ").doesNotContain("@");
        assertThat(text).doesNotContain("@example");

        // the same call again: the same UIDs, so a calendar application updates rather than duplicates
        assertThat(events(parse(f.courses.calendar().cohortCalendar(k.id())))).extracting(e -> prop(e, "UID"))
                .containsExactlyElementsOf(events.stream().map(e -> prop(e, "UID")).toList());
    }

    @Test
    void rescheduleRaisesTheSequenceAndACancelledSessionStaysWithStatusCancelled() {
        Fixture.Running k = f.draftThenSession();
        SessionView s = k.sessions().get(0);
        int before = Integer.parseInt(prop(eventOf(parse(f.courses.calendar().cohortCalendar(k.id())), s.id()),
                "SEQUENCE"));
        f.courses.timetable().reschedule(new RescheduleSession(s.id(), seoul(7, 10, 0), seoul(7, 12, 0),
                "Room B", null, null));
        VEvent moved = eventOf(parse(f.courses.calendar().cohortCalendar(k.id())), s.id());
        int after = Integer.parseInt(prop(moved, "SEQUENCE"));
        assertThat(after).isGreaterThan(before);
        assertThat(start(moved)).isEqualTo(seoul(7, 10, 0));
        assertThat(prop(moved, "LOCATION")).startsWith("Room B, ");

        f.courses.timetable().cancel(s.id(), "The venue is closed");
        VEvent cancelled = eventOf(parse(f.courses.calendar().cohortCalendar(k.id())), s.id());
        assertThat(prop(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(prop(cancelled, "SEQUENCE"))).isGreaterThan(after);
    }

    @Test
    void theSessionsOfACancelledCohortAreCancelledWithAHigherSequence() {
        Fixture.Running k = f.draftThenSession();
        UUID session = k.sessions().get(0).id();
        VEvent before = eventOf(parse(f.courses.calendar().cohortCalendar(k.id())), session);
        f.courses.cohorts().cancel(k.id(), "Too few trainees");
        VEvent after = eventOf(parse(f.courses.calendar().cohortCalendar(k.id())), session);
        assertThat(prop(before, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(prop(after, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(prop(after, "SEQUENCE"))).isGreaterThan(Integer.parseInt(prop(before, "SEQUENCE")));
    }

    @Test
    void theTitleIsInTheCallersLanguage() {
        Fixture.Running k = f.draftThenSession(); // no module: the course's title
        Locale was = t.caller().locale();
        try {
            t.caller().locale(Locale.forLanguageTag("ko"));
            VEvent event = events(parse(f.courses.calendar().cohortCalendar(k.id()))).get(0);
            assertThat(prop(event, "SUMMARY")).isEqualTo("교육의 디지털화");
            assertThat(prop(event, "DESCRIPTION")).startsWith("강사: ");
            t.caller().locale(Locale.forLanguageTag("ru"));
            assertThat(prop(events(parse(f.courses.calendar().cohortCalendar(k.id()))).get(0), "SUMMARY"))
                    .isEqualTo("Цифровизация образования");
        } finally {
            t.caller().locale(was);
        }
    }

    @Test
    void aTraineesCalendarHoldsOnlyTheSessionsOfTheirCohorts() {
        Fixture.Running mine = f.running(1, 3);
        Fixture.Running other = f.running(1, 2);
        List<VEvent> events = events(parse(f.courses.calendar().traineeCalendar(mine.trainees().get(0).id())));
        assertThat(events).extracting(e -> prop(e, "UID"))
                .containsExactlyElementsOf(mine.sessions().stream().map(s -> s.id() + "@ustoz").toList());
        assertThat(events(parse(f.courses.calendar().traineeCalendar(f.trainee("Нигора", "Nigora").id()))))
                .isEmpty();
        assertThat(other.sessions()).hasSize(2);
    }

    @Test
    void theStatementCountIsTheSameFor5And50Sessions() {
        Fixture.Running small = f.running(1, 5);
        Fixture.Running large = f.running(1, 40);
        // 10 more sessions later in the fortnight (the fixture's slots reach 4 a day)
        for (int i = 0; i < 10; i++) {
            f.courses.timetable().schedule(new org.ustoz.courses.timetable.ScheduleSession(large.id(), null, null,
                    seoul(14, 8 + i, 0), seoul(14, 8 + i, 50), "Annex", null, null));
        }
        long s = t.statementsOf(() -> f.courses.calendar().cohortCalendar(small.id()));
        long l = t.statementsOf(() -> assertThat(events(parse(f.courses.calendar().cohortCalendar(large.id()))))
                .hasSize(50));
        assertThat(l).isEqualTo(s);
        long ts = t.statementsOf(() -> f.courses.calendar().traineeCalendar(small.trainees().get(0).id()));
        long tl = t.statementsOf(() -> f.courses.calendar().traineeCalendar(large.trainees().get(0).id()));
        assertThat(tl).isEqualTo(ts);
        System.out.printf("Calendar: %d statements for 5 sessions, %d for 50; trainee %d and %d%n", s, l, ts, tl);
    }

    @Test
    void anotherTenantsCohortOrTraineeIsNotFound() {
        Fixture.Running k = f.running(1, 1);
        asTenant("other-tenant", () -> {
            assertCode(() -> f.courses.calendar().cohortCalendar(k.id()), "courses.cohort.not-found");
            assertCode(() -> f.courses.calendar().traineeCalendar(k.trainees().get(0).id()),
                    "courses.trainee.not-found");
        });
        assertCode(() -> f.courses.calendar().cohortCalendar(Ids.newId()), "courses.cohort.not-found");
        assertCode(() -> f.courses.calendar().cohortCalendar(null), "courses.cohort.not-found");
    }
}
