package org.ustoz.courses.completion;

/** How excused absences count in the attendance rate. */
public enum ExcusedAbsences {
    /** Left out of the rate: neither attended nor missed. */
    NOT_COUNTED,
    /** Counted as attended. */
    AS_PRESENT,
    /** Counted as missed, like any absence. */
    AS_ABSENT
}
