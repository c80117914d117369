package org.ustoz.courses.trainee.internal;

import org.ustoz.core.internal.SafeArgs;
import org.ustoz.core.validation.PlainText;
import org.ustoz.core.internal.persistence.Finder;
import org.ustoz.core.internal.persistence.Paging;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.CoreError;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.paging.Page;
import org.ustoz.courses.CoursesError;
import org.ustoz.courses.trainee.RegisterTrainee;
import org.ustoz.courses.trainee.TraineeEvent;
import org.ustoz.courses.trainee.TraineeSearch;
import org.ustoz.courses.trainee.TraineeService;
import org.ustoz.courses.trainee.TraineeView;
import org.ustoz.courses.trainee.UpdateTraineeProfile;

/** {@link TraineeService} over Jakarta Persistence. */
public final class TraineeServiceImpl implements TraineeService {

    private static final TraineeMapper MAP = TraineeMapper.INSTANCE;
    /** Words of a search text that are used; more are ignored. */
    public static final int MAX_QUERY_TOKENS = 5;

    private final UstozRuntime ustoz;
    private final NameKeys nameKeys = new NameKeys();

    public TraineeServiceImpl(UstozRuntime ustoz) {
        this.ustoz = ustoz;
    }

    @Override
    public TraineeView register(RegisterTrainee c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            String email = Trainee.normaliseEmail(c.email());
            requireEmailFree(em, tenant, email, null);
            if (c.externalId() != null && exists(em, "t.externalId = :v", tenant, c.externalId(), null)) {
                throw new UstozException(CoursesError.TRAINEE_EXTERNAL_ID_TAKEN, c.externalId());
            }
            Trainee trainee = new Trainee(tenant, c.fullName().strip(), blankToNull(c.latinName()), email, c.country(),
                    blankToNull(c.region()), blankToNull(c.school()), c.subjects(), languages(c.languages()),
                    zone(c.timeZone()), blankToNull(c.externalId()), nameKeys.tokens(c.fullName(), c.latinName()), ustoz.clock().instant());
            em.persist(trainee);
            ustoz.publish(em, new TraineeEvent.Registered(tenant, trainee.getId(), trainee.getExternalId(),
                    trainee.getCreatedAt()));
            return trainee;
        }, MAP::toView);
    }

    @Override
    public TraineeView updateProfile(UpdateTraineeProfile c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            Trainee trainee = Finder.find(Trainee.class, CoursesError.TRAINEE_NOT_FOUND, em, tenant, c.traineeId());
            if (trainee.getVersion() != c.expectedVersion()) {
                throw new UstozException(CoreError.CONCURRENT_MODIFICATION,
                        new OptimisticLockException("trainee " + c.traineeId()));
            }
            String email = Trainee.normaliseEmail(c.email());
            requireEmailFree(em, tenant, email, trainee.getId());
            trainee.changeProfile(c.fullName().strip(), blankToNull(c.latinName()), email, c.country(),
                    blankToNull(c.region()), blankToNull(c.school()), c.subjects(), languages(c.languages()),
                    zone(c.timeZone()), nameKeys.tokens(c.fullName(), c.latinName()), ustoz.clock().instant());
            ustoz.publish(em, new TraineeEvent.ProfileChanged(tenant, trainee.getId(), trainee.getUpdatedAt()));
            return trainee;
        }, MAP::toView);
    }

    private static ZoneId zone(String id) {
        return id == null || id.isBlank() ? null : ZoneId.of(id);
    }

    private void requireEmailFree(EntityManager em, String tenant, String email, UUID self) {
        if (exists(em, "t.email = :v", tenant, email, self)) {
            throw new UstozException(CoursesError.TRAINEE_EMAIL_TAKEN, email);
        }
    }

    private static boolean exists(EntityManager em, String condition, String tenant, Object value, UUID self) {
        var query = em.createQuery("select count(t) from Trainee t where t.tenantId = :t and " + condition
                + (self != null ? " and t.id <> :self" : ""), Long.class)
                .setParameter("t", tenant).setParameter("v", value);
        if (self != null) {
            query.setParameter("self", self);
        }
        return query.getSingleResult() > 0;
    }

    @Override
    public TraineeView get(UUID traineeId) {
        return ustoz.read(em -> MAP.toView(Finder.find(Trainee.class, CoursesError.TRAINEE_NOT_FOUND, em, ustoz.caller().tenantId(), traineeId)));
    }

    @Override
    public TraineeView getByEmail(String email) {
        ustoz.validateText("email", email, PlainText.Kind.LINE);
        return findOne("t.email = :v", email == null ? null : Trainee.normaliseEmail(email));
    }

    @Override
    public TraineeView getByExternalId(String externalId) {
        ustoz.validateText("externalId", externalId, PlainText.Kind.LINE);
        return findOne("t.externalId = :v", externalId);
    }

    private TraineeView findOne(String condition, String value) {
        return ustoz.read(em -> {
            List<Trainee> found = em.createQuery("select t from Trainee t where t.tenantId = :t and " + condition,
                    Trainee.class).setParameter("t", ustoz.caller().tenantId()).setParameter("v", value)
                    .getResultList();
            if (found.isEmpty()) {
                // never the e-mail or external id looked up: they are personal data
                throw new UstozException(CoursesError.TRAINEE_NOT_FOUND, SafeArgs.HIDDEN);
            }
            return MAP.toView(found.get(0));
        });
    }

    @Override
    public Page<TraineeView> search(TraineeSearch search) {
        ustoz.validate(search);
        List<String> tokens = nameKeys.queryTokens(search.text());
        tokens = tokens.subList(0, Math.min(tokens.size(), MAX_QUERY_TOKENS));
        if (tokens.isEmpty()) {
            return new Page<>(List.of(), search.page().page(), search.page().size(), 0);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("t", ustoz.caller().tenantId());
        StringBuilder from = new StringBuilder("from Trainee t where t.tenantId = :t");
        for (int i = 0; i < tokens.size(); i++) {
            // each word must begin one of the name's tokens: an index range scan on the token column
            from.append(" and exists (select 1 from Trainee s join s.nameTokens k where s = t and k like :p")
                    .append(i).append(")");
            parameters.put("p" + i, tokens.get(i) + "%");
        }
        return ustoz.read(em -> Paging.page(em, Trainee.class, "select t", from.toString(),
                "order by t.fullName, t.id", parameters, search.page()).map(MAP::toView));
    }

    private static List<Locale> languages(List<String> tags) {
        return tags.stream().map(Locale::forLanguageTag).distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
