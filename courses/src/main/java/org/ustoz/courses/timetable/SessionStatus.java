package org.ustoz.courses.timetable;

/** Whether a session takes place. */
public enum SessionStatus {
    /** On the timetable. */
    SCHEDULED,
    /** Called off; it counts for nothing and books nobody. */
    CANCELLED
}
