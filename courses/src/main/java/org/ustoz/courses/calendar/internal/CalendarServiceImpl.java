package org.ustoz.courses.calendar.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import jakarta.persistence.EntityManager;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.calendar.CalendarService;
import org.ustoz.courses.cohort.CohortStatus;
import org.ustoz.courses.cohort.DeliveryMode;
import org.ustoz.courses.cohort.Facilitator;
import org.ustoz.courses.cohort.Venue;
import org.ustoz.courses.cohort.internal.Cohort;
import org.ustoz.courses.enrolment.EnrolmentStatus;
import org.ustoz.courses.timetable.SessionStatus;
import org.ustoz.courses.timetable.internal.Session;
import org.ustoz.courses.trainee.internal.Trainee;

/**
 * {@link CalendarService} with ical4j: two statements per call (the cohort or trainee, then its
 * sessions with their cohort, course, module and facilitators in one fetch-planned query).
 *
 * <p>Start and end are written as the cohort's wall-clock time with a {@code TZID} parameter, not as a
 * {@code ZonedDateTime} handed to ical4j: ical4j 4.1.1 converts a {@code ZonedDateTime} through rules
 * it derives from its own {@code VTIMEZONE} definitions and gets some zones wrong (for Asia/Seoul it
 * applies the 1987–88 summer time to every later year, writing a 09:00 session as 10:00). The
 * {@code VTIMEZONE} it writes is right; only its own evaluation is not.
 */
public final class CalendarServiceImpl implements CalendarService {

    static final String PRODID = "-//Ustoz//Ustoz timetable//EN";
    static final String UID_SUFFIX = "@ustoz";
    private static final String LABELS = "org.ustoz.courses.labels";
    private static final List<EnrolmentStatus> ATTENDING = List.of(EnrolmentStatus.ENROLLED,
            EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED);
    private static final String FETCH = "select s from Session s join fetch s.cohort c join fetch c.course "
            + "left join fetch s.module left join fetch s.facilitators ";

    private final UstozRuntime ustoz;

    public CalendarServiceImpl(UstozRuntime ustoz) {
        this.ustoz = ustoz;
    }

    @Override
    public String cohortCalendar(UUID cohortId) {
        String tenant = ustoz.caller().tenantId();
        Locale locale = ustoz.caller().locale();
        return ustoz.read(em -> {
            Cohort cohort = Finder.find(Cohort.class, CoursesError.COHORT_NOT_FOUND, em, tenant, cohortId);
            return write(em.createQuery(FETCH + "where s.cohort = :c order by s.startsAt, s.id", Session.class)
                    .setParameter("c", cohort).getResultList(), cohort.getTimeZone(), locale);
        });
    }

    @Override
    public String traineeCalendar(UUID traineeId) {
        String tenant = ustoz.caller().tenantId();
        Locale locale = ustoz.caller().locale();
        return ustoz.read(em -> {
            Trainee trainee = Finder.find(Trainee.class, CoursesError.TRAINEE_NOT_FOUND, em, tenant, traineeId);
            return write(sessionsOf(em, trainee),
                    trainee.getTimeZone() != null ? trainee.getTimeZone() : ZoneId.of("Etc/UTC"), locale);
        });
    }

    private static List<Session> sessionsOf(EntityManager em, Trainee trainee) {
        return em.createQuery(FETCH + "where s.tenantId = :t and exists (select 1 from Enrolment e "
                + "where e.cohort = c and e.trainee = :tr and e.status in :statuses) order by s.startsAt, s.id",
                Session.class)
                .setParameter("t", trainee.getTenantId()).setParameter("tr", trainee)
                .setParameter("statuses", ATTENDING).getResultList();
    }

    /**
     * The calendar of these sessions, with a {@code VTIMEZONE} for each of their zones; without
     * sessions, with the {@code VTIMEZONE} of the given zone alone, as RFC 5545 wants a component.
     */
    private String write(List<Session> sessions, ZoneId emptyZone, Locale locale) {
        Instant now = ustoz.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        Map<ZoneId, TimeZone> zones = new LinkedHashMap<>();
        if (sessions.isEmpty()) {
            zones.put(emptyZone, registry.getTimeZone(emptyZone.getId()));
        }
        for (Session s : sessions) {
            zones.computeIfAbsent(s.getCohort().getTimeZone(), z -> registry.getTimeZone(z.getId()));
        }
        zones.values().stream().filter(java.util.Objects::nonNull).forEach(tz -> calendar.add(tz.getVTimeZone()));
        for (Session s : sessions) {
            calendar.add(event(s, zones.get(s.getCohort().getTimeZone()) != null, now, locale));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static VEvent event(Session s, boolean zoneKnown, Instant now, Locale locale) {
        Cohort cohort = s.getCohort();
        ZoneId zone = cohort.getTimeZone();
        VEvent event = new VEvent(false);
        event.add(new Uid(s.getId() + UID_SUFFIX));
        event.add(new DtStamp(now));
        if (zoneKnown) {
            event.add(new DtStart<>(zoned(zone), s.getStartsAt().atZone(zone).toLocalDateTime()));
            event.add(new DtEnd<>(zoned(zone), s.getEndsAt().atZone(zone).toLocalDateTime()));
        } else { // a zone ical4j has no definition of: UTC times are right everywhere
            event.add(new DtStart<>(s.getStartsAt()));
            event.add(new DtEnd<>(s.getEndsAt()));
        }
        // a cancelled cohort's sessions are off too; its timetable is closed, so the sequence cannot go back
        boolean cohortCancelled = cohort.getStatus() == CohortStatus.CANCELLED;
        event.add(new Sequence(Math.toIntExact(s.getVersion() + (cohortCancelled ? 1 : 0))));
        event.add(new Summary(s.displayTitle().get(locale, cohort.getLanguage())));
        String location = location(s, cohort);
        if (location != null) {
            event.add(new Location(location));
        }
        URI link = link(s, cohort);
        if (link != null) {
            event.add(new Url(link));
        }
        List<Facilitator> people = s.getFacilitators();
        if (!people.isEmpty()) {
            String names = people.stream()
                    .map(f -> f.role() == null || f.role().isBlank() ? f.name() : f.name() + " (" + f.role() + ")")
                    .collect(Collectors.joining(", "));
            event.add(new Description(new MessageFormat(label(locale, "calendar.facilitators"),
                    locale).format(new Object[] {names})));
        }
        event.add(s.getStatus() == SessionStatus.CANCELLED || cohortCancelled ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private static ParameterList zoned(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    /** The session's room, then the venue's name and city for a cohort that meets in person. */
    private static String location(Session s, Cohort cohort) {
        List<String> parts = new ArrayList<>();
        if (s.getRoom() != null) {
            parts.add(s.getRoom());
        }
        Venue venue = cohort.getVenue();
        if (venue != null && cohort.getDeliveryMode() != DeliveryMode.ONLINE) {
            parts.add(venue.name());
            parts.add(venue.city());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** The session's online link, else the cohort's; {@code null} when there is none or it is not a URI. */
    private static URI link(Session s, Cohort cohort) {
        String url = s.getOnlineUrl() != null ? s.getOnlineUrl()
                : cohort.getDeliveryMode() != DeliveryMode.IN_PERSON ? cohort.getOnlineUrl() : null;
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A label of {@code org.ustoz.courses.labels} in the caller's language, else the root bundle's. */
    static String label(Locale locale, String key) {
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return ResourceBundle.getBundle(LABELS, locale, control).getString(key);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(LABELS, Locale.ROOT, control).getString(key);
        }
    }
}
