package org.ustoz.courses.progress;

/** Whether a trainee is at risk of not completing for lack of attendance. */
public enum Risk {
    /** At or above the minimum attendance rate, or no session has taken place yet. */
    ON_TRACK,
    /** Below the minimum rate so far, but able to reach it by attending every session left. */
    BELOW_THRESHOLD,
    /** Cannot reach the minimum rate even by attending every session left. */
    CANNOT_REACH;

    /** Whether this is a risk to flag. */
    public boolean atRisk() {
        return this != ON_TRACK;
    }
}
