package org.ustoz.courses.trainee;

import java.util.UUID;

import org.ustoz.core.paging.Page;

/**
 * Trainees (teachers) of the tenant. Every method validates its command, runs in a transaction,
 * sees only the caller's tenant, and fails with a {@link org.ustoz.core.error.UstozException}
 * carrying a {@link org.ustoz.courses.CoursesError} code.
 */
public interface TraineeService {

    /** Registers a trainee; {@code courses.trainee.email-taken} if the email is used in the tenant. */
    TraineeView register(RegisterTrainee command);

    /** Replaces a trainee's profile. */
    TraineeView updateProfile(UpdateTraineeProfile command);

    /** A trainee; {@code courses.trainee.not-found} if unknown in the tenant. */
    TraineeView get(UUID traineeId);

    /** A trainee by email (any case); {@code courses.trainee.not-found} if none. */
    TraineeView getByEmail(String email);

    /** A trainee by the host's id; {@code courses.trainee.not-found} if none. */
    TraineeView getByExternalId(String externalId);

    /** Trainees whose names match, across scripts; ordered by name. Two SQL statements per call. */
    Page<TraineeView> search(TraineeSearch search);
}
