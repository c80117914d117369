package org.ustoz.assessments.gradebook.internal;

import org.ustoz.assessments.gradebook.MissingGrades;
import org.ustoz.assessments.gradebook.ScaleBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ustoz.core.internal.json.Json;
import org.ustoz.core.internal.persistence.BaseEntity;
import org.ustoz.core.internal.persistence.Columns;
import org.ustoz.courses.cohort.internal.Cohort;

/** A cohort's gradebook settings: how missing grades count, the letter scale and the pass mark. */
@Entity
@Table(name = "ustoz_gradebook")
public class GradebookSettings extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @Enumerated(EnumType.STRING)
    @Column(name = "missing_grades", nullable = false, length = 10)
    private MissingGrades missingGrades;

    @Column(name = "scale", length = Columns.LONG_TEXT)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String scale;

    @Column(name = "pass_percent", precision = 5, scale = 2)
    private BigDecimal passPercent;

    protected GradebookSettings() {
    }

    public GradebookSettings(Cohort cohort, Instant at) {
        super(at);
        this.cohort = cohort;
        this.missingGrades = MissingGrades.ZERO;
    }

    /** Changes the settings. */
    public void configure(MissingGrades missing, List<ScaleBand> bands, BigDecimal passPercent, Instant at) {
        this.missingGrades = missing;
        List<Object> list = new ArrayList<>();
        for (ScaleBand b : bands) {
            list.add(Map.of("min", b.minPercent(), "label", b.label()));
        }
        this.scale = bands.isEmpty() ? null : Json.write(list);
        this.passPercent = passPercent;
        touch(at);
    }

    /** The letter bands, best first. */
    @SuppressWarnings("unchecked")
    public List<ScaleBand> bands() {
        if (scale == null) {
            return List.of();
        }
        List<ScaleBand> out = new ArrayList<>();
        for (Object o : (List<Object>) Json.read(scale)) {
            Map<String, Object> m = (Map<String, Object>) o;
            out.add(new ScaleBand((BigDecimal) m.get("min"), (String) m.get("label")));
        }
        out.sort(Comparator.comparing(ScaleBand::minPercent).reversed());
        return out;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public MissingGrades getMissingGrades() {
        return missingGrades;
    }

    public BigDecimal getPassPercent() {
        return passPercent;
    }
}
