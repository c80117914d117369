package org.ustoz.assessments.question.internal;

import org.ustoz.core.validation.PlainText;
import org.ustoz.core.internal.persistence.Finder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.ustoz.assessments.AssessmentsError;
import org.ustoz.assessments.question.AddQuestion;
import org.ustoz.assessments.question.CategoryView;
import org.ustoz.assessments.question.ContentProblem;
import org.ustoz.assessments.question.CreateCategory;
import org.ustoz.assessments.question.QuestionBankService;
import org.ustoz.assessments.question.QuestionContent;
import org.ustoz.assessments.question.QuestionType;
import org.ustoz.assessments.question.QuestionView;
import org.ustoz.assessments.question.ReviseQuestion;
import org.ustoz.core.internal.UstozRuntime;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.paging.Page;
import org.ustoz.core.paging.PageRequest;

/** {@link QuestionBankService} over Jakarta Persistence. */
public final class QuestionBankServiceImpl implements QuestionBankService {

    private final UstozRuntime ustoz;
    private final QuestionTypeRegistry types;

    public QuestionBankServiceImpl(UstozRuntime ustoz, QuestionTypeRegistry types) {
        this.ustoz = ustoz;
        this.types = types;
    }

    @Override
    public CategoryView createCategory(CreateCategory c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        return ustoz.inTransaction(em -> {
            QuestionCategory parent = c.parentId() == null ? null : Finder.find(QuestionCategory.class, AssessmentsError.CATEGORY_NOT_FOUND, em, tenant, c.parentId());
            QuestionCategory category = new QuestionCategory(tenant, c.code(), c.name(), parent, ustoz.clock().instant());
            em.persist(category);
            return category;
        }, QuestionMapper.INSTANCE::toView);
    }

    @Override
    public List<CategoryView> categories() {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> em.createQuery(
                        "select c from QuestionCategory c left join fetch c.parent where c.tenantId = :t order by c.code",
                        QuestionCategory.class)
                .setParameter("t", tenant).getResultList().stream().map(QuestionMapper.INSTANCE::toView).toList());
    }

    @Override
    public QuestionView addQuestion(AddQuestion c) {
        ustoz.validate(c);
        check(c.type(), c.content());
        if (c.rubricId() != null && !types.get(c.type()).gradedByHand()) {
            throw new UstozException(AssessmentsError.ASSESSMENT_RUBRIC_NOT_MANUAL, "rubricId");
        }
        String tenant = ustoz.caller().tenantId();
        String actor = ustoz.caller().actorId().orElse(null);
        return ustoz.inTransaction(em -> {
            QuestionCategory category = Finder.find(QuestionCategory.class, AssessmentsError.CATEGORY_NOT_FOUND, em, tenant, c.categoryId());
            Rubric rubric = c.rubricId() == null ? null : Finder.find(Rubric.class, AssessmentsError.RUBRIC_NOT_FOUND, em, tenant, c.rubricId());
            var now = ustoz.clock().instant();
            Question q = new Question(tenant, category, c.code(), c.type(), c.tags(), rubric, now);
            em.persist(q);
            QuestionVersion v = q.revise(c.content(), c.points(), now, actor);
            em.persist(v);
            return v;
        }, QuestionBankServiceImpl::toView);
    }

    @Override
    public QuestionView reviseQuestion(ReviseQuestion c) {
        ustoz.validate(c);
        String tenant = ustoz.caller().tenantId();
        String actor = ustoz.caller().actorId().orElse(null);
        return ustoz.inTransaction(em -> {
            Question q = Finder.find(Question.class, AssessmentsError.QUESTION_NOT_FOUND, em, tenant, c.questionId());
            em.lock(q, LockModeType.PESSIMISTIC_WRITE);
            check(q.getType(), c.content());
            QuestionVersion v = q.revise(c.content(), c.points(), ustoz.clock().instant(), actor);
            em.persist(v);
            return v;
        }, QuestionBankServiceImpl::toView);
    }

    @Override
    public QuestionView get(UUID questionId) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Question q = Finder.find(Question.class, AssessmentsError.QUESTION_NOT_FOUND, em, tenant, questionId);
            return toView(version(em, q, q.getLatestVersion()));
        });
    }

    @Override
    public QuestionView get(UUID questionId, int versionNumber) {
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> toView(version(em, Finder.find(Question.class, AssessmentsError.QUESTION_NOT_FOUND, em, tenant, questionId), versionNumber)));
    }

    @Override
    public Page<QuestionView> find(UUID categoryId, boolean deep, String tag, PageRequest page) {
        ustoz.validateText("tag", tag, PlainText.Kind.LINE);
        ustoz.validate(page);
        String tenant = ustoz.caller().tenantId();
        return ustoz.read(em -> {
            Finder.find(QuestionCategory.class, AssessmentsError.CATEGORY_NOT_FOUND, em, tenant, categoryId);
            List<UUID> categories = new ArrayList<>(List.of(categoryId));
            if (deep) {
                List<Object[]> all = em.createQuery(
                        "select c.id, c.parent.id from QuestionCategory c where c.tenantId = :t", Object[].class)
                        .setParameter("t", tenant).getResultList();
                for (int i = 0; i < categories.size(); i++) {
                    UUID parent = categories.get(i);
                    for (Object[] row : all) {
                        if (parent.equals(row[1]) && !categories.contains((UUID) row[0])) {
                            categories.add((UUID) row[0]);
                        }
                    }
                }
            }
            String where = " from QuestionVersion v join v.question q where q.category.id in :cs and v.number = q.latestVersion"
                    + (tag == null ? "" : " and :tag member of q.tags");
            var count = em.createQuery("select count(v)" + where, Long.class).setParameter("cs", categories);
            var list = em.createQuery("select v" + where + " order by q.id", QuestionVersion.class)
                    .setParameter("cs", categories);
            if (tag != null) {
                count.setParameter("tag", tag);
                list.setParameter("tag", tag);
            }
            long total = count.getSingleResult();
            List<QuestionVersion> versions = list.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                    .getResultList();
            List<UUID> ids = versions.stream().map(v -> v.getQuestion().getId()).toList();
            if (!ids.isEmpty()) {
                em.createQuery("select distinct q from Question q join fetch q.category left join fetch q.tags"
                        + " left join fetch q.rubric where q.id in :ids", Question.class).setParameter("ids", ids)
                        .getResultList();
            }
            return new Page<>(versions.stream().map(QuestionBankServiceImpl::toView).toList(), page.page(),
                    page.size(), total);
        });
    }

    @Override
    public List<String> types() {
        return types.keys();
    }

    private void check(String type, QuestionContent content) {
        QuestionType t = types.get(type);
        List<ContentProblem> problems = t.problemsWith(content);
        if (!problems.isEmpty()) {
            ContentProblem p = problems.get(0);
            throw new UstozException(AssessmentsError.QUESTION_INVALID, "content." + p.field(), p.message());
        }
    }

    private static QuestionVersion version(EntityManager em, Question q, int number) {
        List<QuestionVersion> found = em.createQuery(
                        "select v from QuestionVersion v where v.question = :q and v.number = :n", QuestionVersion.class)
                .setParameter("q", q).setParameter("n", number).getResultList();
        if (found.isEmpty()) {
            throw new UstozException(AssessmentsError.QUESTION_NOT_FOUND, q.getId() + " v" + number);
        }
        return found.get(0);
    }

    public static QuestionView toView(QuestionVersion v) {
        Question q = v.getQuestion();
        return new QuestionView(q.getId(), q.getVersion(), q.getCode(), q.getCategory().getId(),
                q.getCategory().getCode(), q.getType(), q.getTags(), q.getRubric() == null ? null : q.getRubric().getId(),
                v.getId(), v.getNumber(), q.getLatestVersion(), v.getPoints(), v.getContent());
    }
}
