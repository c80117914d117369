package org.ustoz.assessments.question.internal;

import org.ustoz.assessments.question.QuestionContent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.TenantOwned;

/**
 * A question of the bank: its category, tags, type and the number of its latest version. What it says
 * lives in its {@link QuestionVersion versions}; {@link #revise} adds one.
 */
@Entity
@Table(name = "ustoz_question")
public class Question extends BaseEntity implements TenantOwned {

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private QuestionCategory category;

    @Column(name = "code", length = 60, updatable = false)
    private String code;

    @Column(name = "type", nullable = false, updatable = false, length = 60)
    private String type;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rubric_id")
    private Rubric rubric;

    @ElementCollection
    @CollectionTable(name = "ustoz_question_tag", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "tag", nullable = false, length = 60)
    private Set<String> tags = new LinkedHashSet<>();

    protected Question() {
    }

    /** A new question; {@link #revise} must be called once to store its first version. */
    public Question(String tenantId, QuestionCategory category, String code, String type, Set<String> tags,
            Rubric rubric, Instant at) {
        super(at);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.category = Objects.requireNonNull(category);
        this.code = code;
        this.type = Objects.requireNonNull(type);
        this.tags.addAll(tags);
        this.rubric = rubric;
    }

    /** Stores a new version with this content and points; earlier versions stay as they were. */
    public QuestionVersion revise(QuestionContent content, BigDecimal points, Instant at, String actor) {
        latestVersion++;
        touch(at);
        return new QuestionVersion(this, latestVersion, type, points, content, at, actor);
    }

    /** Moves the question to another category and replaces its tags. */
    public void classify(QuestionCategory category, Set<String> tags, Instant at) {
        this.category = Objects.requireNonNull(category);
        this.tags.clear();
        this.tags.addAll(tags);
        touch(at);
    }

    /** Sets the rubric essays of this question are graded with by default. */
    public void useRubric(Rubric rubric, Instant at) {
        this.rubric = rubric;
        touch(at);
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public QuestionCategory getCategory() {
        return category;
    }

    public String getCode() {
        return code;
    }

    public String getType() {
        return type;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public Rubric getRubric() {
        return rubric;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }
}
