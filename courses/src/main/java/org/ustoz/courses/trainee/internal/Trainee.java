package org.ustoz.courses.trainee.internal;

import org.ustoz.courses.trainee.TraineeService;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.TenantOwned;

/**
 * A teacher taking part in programmes: the name as the teacher writes it (in any script) with an
 * optional Latin form, an email unique in the tenant, country (ISO 3166-1 alpha-2), region, school,
 * subjects taught, languages, and the host's own id for the person.
 *
 * <p>The name is also kept as search tokens, a script-neutral form of each word (see
 * {@link TraineeService#search}), so that "Rahmonov" finds "Раҳмонов" with an indexed query.
 */
@Entity
@Table(name = "ustoz_trainee")
public class Trainee extends BaseEntity implements TenantOwned {

    @Column(name = "tenant_id", nullable = false, length = 64, updatable = false)
    private String tenantId;

    @Column(name = "full_name", nullable = false, length = 300)
    private String fullName;

    @Column(name = "latin_name", length = 300)
    private String latinName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "region", length = 200)
    private String region;

    @Column(name = "school", length = 300)
    private String school;

    @Column(name = "external_id", length = 128)
    private String externalId;

    @ElementCollection
    @CollectionTable(name = "ustoz_trainee_subject", joinColumns = @JoinColumn(name = "trainee_id"))
    @Column(name = "subject", nullable = false, length = 200)
    private Set<String> subjects = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "ustoz_trainee_language", joinColumns = @JoinColumn(name = "trainee_id"))
    @Column(name = "language", nullable = false, length = 35)
    private Set<Locale> languages = new LinkedHashSet<>();

    @Column(name = "time_zone", length = 64)
    private ZoneId timeZone;

    @Column(name = "preferred_language", length = 35)
    private Locale preferredLanguage;

    @ElementCollection
    @CollectionTable(name = "ustoz_trainee_name_token", joinColumns = @JoinColumn(name = "trainee_id"))
    @Column(name = "token", nullable = false, length = 100)
    private Set<String> nameTokens = new LinkedHashSet<>();

    /** For Jakarta Persistence only. */
    protected Trainee() {
    }

    /**
     * A new trainee. {@code email} is stored in lower case; {@code nameTokens} are the search tokens
     * of the names, made by the service.
     */
    public Trainee(String tenantId, String fullName, String latinName, String email, String country, String region,
            String school, Collection<String> subjects, List<Locale> languages, ZoneId timeZone, String externalId,
            Collection<String> nameTokens, Instant at) {
        super(at);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.externalId = externalId;
        changeProfile(fullName, latinName, email, country, region, school, subjects, languages, timeZone, nameTokens,
                at);
    }

    /**
     * Replaces the profile (everything but the tenant and the external id). The first of
     * {@code newLanguages} becomes the preferred language, used for example on certificates.
     */
    public void changeProfile(String newFullName, String newLatinName, String newEmail, String newCountry,
            String newRegion, String newSchool, Collection<String> newSubjects, List<Locale> newLanguages,
            ZoneId newTimeZone, Collection<String> newNameTokens, Instant at) {
        this.fullName = Objects.requireNonNull(newFullName);
        this.latinName = newLatinName;
        this.email = normaliseEmail(newEmail);
        this.country = Objects.requireNonNull(newCountry);
        this.region = newRegion;
        this.school = newSchool;
        replace(subjects, newSubjects);
        replace(languages, newLanguages);
        this.preferredLanguage = newLanguages.isEmpty() ? null : newLanguages.get(0);
        this.timeZone = newTimeZone;
        replace(nameTokens, newNameTokens);
        touch(at);
    }

    private static <T> void replace(Set<T> target, Collection<T> source) {
        if (!target.equals(new LinkedHashSet<>(source))) {
            target.clear();
            target.addAll(source);
        }
    }

    /** The form in which emails are stored and compared: trimmed, lower case. */
    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The zone the trainee lives in, if known: timetables are shown in it. */
    public ZoneId getTimeZone() {
        return timeZone;
    }

    /** The first language the trainee gave, if any. */
    public Locale getPreferredLanguage() {
        return preferredLanguage;
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getLatinName() {
        return latinName;
    }

    public String getEmail() {
        return email;
    }

    public String getCountry() {
        return country;
    }

    public String getRegion() {
        return region;
    }

    public String getSchool() {
        return school;
    }

    public String getExternalId() {
        return externalId;
    }

    public Set<String> getSubjects() {
        return Collections.unmodifiableSet(subjects);
    }

    public Set<Locale> getLanguages() {
        return Collections.unmodifiableSet(languages);
    }

    public Set<String> getNameTokens() {
        return Collections.unmodifiableSet(nameTokens);
    }
}
