package org.ustoz.courses.cohort;

/** What a partner organisation does for a cohort. */
public enum PartnerRole {
    HOST,
    ORGANISER,
    SPONSOR,
    FUNDER,
    IMPLEMENTING_PARTNER,
    ACCREDITING_BODY
}
