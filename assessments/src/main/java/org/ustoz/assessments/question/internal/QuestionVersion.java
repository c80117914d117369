package org.ustoz.assessments.question.internal;

import org.ustoz.assessments.question.QuestionContent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.core.id.Ids;
import org.ustoz.core.internal.persistence.Columns;

/**
 * One version of a question: its type, content and default points, never changed once stored.
 * Attempts point at the version they were given, so editing a question (which stores a new version)
 * does not change attempts already taken.
 */
@Entity
@Immutable
@Table(name = "ustoz_question_version")
public class QuestionVersion {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "type", nullable = false, updatable = false, length = 60)
    private String type;

    @Column(name = "points", nullable = false, updatable = false, precision = 9, scale = 2)
    private BigDecimal points;

    @Column(name = "content", nullable = false, updatable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Convert(converter = ContentConverter.class)
    private QuestionContent content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false, length = 128)
    private String createdBy;

    protected QuestionVersion() {
    }

    QuestionVersion(Question question, int number, String type, BigDecimal points, QuestionContent content,
            Instant at, String actor) {
        this.id = Ids.newId();
        this.question = question;
        this.number = number;
        this.type = type;
        this.points = Objects.requireNonNull(points);
        this.content = Objects.requireNonNull(content);
        this.createdAt = at;
        this.createdBy = actor;
    }

    public UUID getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public int getNumber() {
        return number;
    }

    public String getType() {
        return type;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public QuestionContent getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuestionVersion v && id.equals(v.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
