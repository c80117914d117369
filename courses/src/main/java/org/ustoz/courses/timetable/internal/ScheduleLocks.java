package org.ustoz.courses.timetable.internal;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Database locks on timetable resources (a facilitator, a room) of a tenant, held to the end of the
 * transaction. A lock is a row of {@code ustoz_schedule_lock}, inserted if missing with the
 * database's insert-or-ignore and then read {@code FOR UPDATE}; keys are taken in sorted order so that
 * two transactions cannot deadlock on them. Two application instances booking the same facilitator
 * therefore check for clashes one after the other.
 */
public final class ScheduleLocks {

    private ScheduleLocks() {
    }

    public static void lock(EntityManager em, String tenant, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> sorted = List.copyOf(new TreeSet<>(keys));
        String insert = insertIfMissing(em);
        for (String key : sorted) {
            em.createNativeQuery(insert).setParameter(1, tenant).setParameter(2, key).executeUpdate();
        }
        em.createNativeQuery("select resource_key from ustoz_schedule_lock where tenant_id = ?1 "
                + "and resource_key in (?2) order by resource_key for update")
                .setParameter(1, tenant).setParameter(2, sorted).getResultList();
    }

    private static String insertIfMissing(EntityManager em) {
        Dialect dialect = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect();
        if (dialect instanceof PostgreSQLDialect) {
            return "insert into ustoz_schedule_lock (tenant_id, resource_key) values (?1, ?2) on conflict do nothing";
        }
        if (dialect instanceof MySQLDialect) { // MariaDBDialect extends MySQLDialect
            return "insert ignore into ustoz_schedule_lock (tenant_id, resource_key) values (?1, ?2)";
        }
        if (dialect instanceof H2Dialect) {
            return "merge into ustoz_schedule_lock (tenant_id, resource_key) key (tenant_id, resource_key) "
                    + "values (?1, ?2)";
        }
        return "insert into ustoz_schedule_lock (tenant_id, resource_key) select ?1, ?2 from ustoz_schedule_lock "
                + "where not exists (select 1 from ustoz_schedule_lock where tenant_id = ?1 and resource_key = ?2) "
                + "having count(*) >= 0";
    }
}
