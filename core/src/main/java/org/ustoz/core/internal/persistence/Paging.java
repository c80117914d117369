package org.ustoz.core.internal.persistence;

import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.ustoz.core.paging.Page;
import org.ustoz.core.paging.PageRequest;

/** Reads one page of a list with two statements: the count and the page. */
public final class Paging {

    private Paging() {
    }

    /**
     * @param select the select clause, such as {@code select new ...View(...)}
     * @param from the from and where clauses, shared by the count
     * @param orderBy the order by clause of the page
     */
    public static <T> Page<T> page(EntityManager em, Class<T> type, String select, String from, String orderBy,
            Map<String, ?> parameters, PageRequest page) {
        TypedQuery<Long> count = em.createQuery("select count(*) " + from, Long.class);
        TypedQuery<T> items = em.createQuery(select + " " + from + " " + orderBy, type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        long total = count.getSingleResult();
        var list = total == 0 ? java.util.List.<T>of()
                : items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(list, page.page(), page.size(), total);
    }
}
