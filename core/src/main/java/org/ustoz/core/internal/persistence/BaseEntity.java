package org.ustoz.core.internal.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.ustoz.core.id.Ids;

/**
 * What every Ustoz entity has: an application-assigned, time-ordered UUID id (set when the entity is
 * constructed, so it is known before the insert and equality is stable), an optimistic-locking
 * version, and the instants it was created and last changed.
 *
 * <p>Timestamps come from the {@link java.time.Clock} the service passes in; subclasses call
 * {@link #touch(Instant)} from every state-changing method.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** For Jakarta Persistence only. */
    protected BaseEntity() {
    }

    /** A new entity with a fresh id, created at the given instant. */
    protected BaseEntity(Instant createdAt) {
        this.id = Ids.newId();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Records that the entity changed at the given instant. */
    protected void touch(Instant at) {
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(o)) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) o).getId());
    }

    @Override
    public final int hashCode() {
        return id == null ? 0 : id.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
