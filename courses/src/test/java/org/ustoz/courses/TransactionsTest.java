package org.ustoz.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.ustoz.core.Ustoz;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.tx.TransactionHandler;
import org.ustoz.courses.trainee.TraineeEvent;
import org.ustoz.courses.trainee.TraineeSearch;
import org.ustoz.courses.trainee.TraineeView;

/**
 * Services run in their own resource-local transaction, join a transaction the host opened, and
 * publish events only once it commits.
 */
class TransactionsTest extends ServiceTest {


    @Test
    void severalServiceCallsShareTheHostsTransactionAndRollBackTogether() {
        int eventsBefore = t.events(TraineeEvent.Registered.class).size();
        assertThatThrownBy(() -> t.runtime().inTransaction(em -> {
            f.trainee("Зарина Раҳмонова", "Zarina Rahmonova-Tx");
            f.trainee("Ҷамшед Қурбонов", "Jamshed Qurbonov-Tx");
            assertThat(f.courses.trainees().search(TraineeSearch.of("Qurbonov-Tx")).totalItems()).isEqualTo(1);
            throw new IllegalStateException("the host changes its mind");
        })).hasMessage("the host changes its mind");

        assertThat(f.courses.trainees().search(TraineeSearch.of("Rahmonova-Tx")).totalItems()).isZero();
        assertThat(t.events(TraineeEvent.Registered.class)).hasSize(eventsBefore);
    }

    @Test
    void eventsArriveAfterCommitInOrder() {
        int before = t.events().size();
        TraineeView[] made = t.runtime().inTransaction(em -> {
            TraineeView a = f.trainee("Фирӯза Ҳасанзода", null);
            TraineeView b = f.trainee("Шаҳло Ғафурова", null);
            assertThat(t.events()).hasSize(before); // not yet: the transaction is open
            return new TraineeView[] {a, b};
        });
        assertThat(t.events(TraineeEvent.Registered.class)).extracting(TraineeEvent::traineeId)
                .endsWith(made[0].id(), made[1].id());
    }

    @Test
    void listenersListedInMetaInfServicesAreCalledToo() {
        TraineeView trainee = f.trainee("Гулнора Мирзоева", "Gulnora Mirzoeva");
        assertThat(ServiceLoadedListener.REGISTERED).extracting(TraineeEvent::traineeId).contains(trainee.id());
    }

    @Test
    void joinsATransactionTheHostManages() {
        // the host owns the EntityManager and its transaction, as Spring or JTA would
        EntityManager hostEm = t.runtime().entityManagerFactory().createEntityManager();
        try (Ustoz joined = Ustoz.builder()
                .entityManagerFactory(t.runtime().entityManagerFactory())
                .transactions(TransactionHandler.joining(() -> hostEm))
                .callerContext(t.caller())
                .clock(t.clock())
                .build()) {
            Courses courses = Courses.of(joined);
            assertThatThrownBy(() -> courses.trainees().register(f.registerTrainee("Без транзакции", null,
                    "none@example.tj"))).isInstanceOfSatisfying(UstozException.class,
                            e -> assertThat(e.code()).isEqualTo("core.no-transaction"));

            hostEm.getTransaction().begin();
            TraineeView inHostTx = courses.trainees().register(f.registerTrainee("Иброҳим Ҷӯраев", null,
                    "ibrohim@example.tj"));
            hostEm.getTransaction().rollback();
            assertThat(f.courses.trainees().search(TraineeSearch.of("Juraev")).items())
                    .noneMatch(v -> v.id().equals(inHostTx.id()));

            hostEm.getTransaction().begin();
            TraineeView kept = courses.trainees().register(f.registerTrainee("Иброҳим Ҷӯраев", null,
                    "ibrohim@example.tj"));
            hostEm.getTransaction().commit();
            assertThat(f.courses.trainees().get(kept.id()).fullName()).isEqualTo("Иброҳим Ҷӯраев");
        } finally {
            hostEm.close();
        }
    }

    @Test
    void aConstraintTheDatabaseEnforcesBecomesTheModulesErrorCode() {
        TraineeView first = f.trainee("Нигина Саидова", null);
        // bypass the service's own check, as a racing instance would: the unique constraint answers
        assertThatThrownBy(() -> t.runtime().inTransaction(em -> {
            em.persist(new org.ustoz.courses.trainee.internal.Trainee("default", "Копия", null, first.email(), "TJ", null, null,
                    java.util.List.of(), java.util.List.of(), null, null, java.util.List.of(), t.clock().instant()));
            return null;
        })).isInstanceOfSatisfying(UstozException.class,
                e -> assertThat(e.code()).isEqualTo("courses.trainee.email-taken"));
    }
}
