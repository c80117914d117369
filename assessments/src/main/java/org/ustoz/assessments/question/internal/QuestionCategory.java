package org.ustoz.assessments.question.internal;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.core.i18n.LocalizedText;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.TenantOwned;
import org.ustoz.core.internal.persistence.Columns;

/** A category of the question bank, such as "Digital tools in the classroom"; categories nest. */
@Entity
@Table(name = "ustoz_question_category")
public class QuestionCategory extends BaseEntity implements TenantOwned {

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "code", nullable = false, updatable = false, length = 60)
    private String code;

    @Column(name = "name", nullable = false, length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private LocalizedText name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private QuestionCategory parent;

    protected QuestionCategory() {
    }

    public QuestionCategory(String tenantId, String code, LocalizedText name, QuestionCategory parent, Instant at) {
        super(at);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.parent = parent;
    }

    /** Renames the category. */
    public void rename(LocalizedText name, Instant at) {
        this.name = Objects.requireNonNull(name);
        touch(at);
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public QuestionCategory getParent() {
        return parent;
    }
}
