package org.rabta.cases;

/** Methods of recruitment: the HTCDS recruitment picklist (how and by whom the person was recruited). */
public enum RecruitmentMethod {
    FALSE_JOB_OFFER,
    FALSE_MARRIAGE_PROMISE,
    EDUCATION_OFFER,
    MIGRATION_OR_VISA_OFFER,
    ABDUCTION,
    SOLD_BY_FAMILY,
    INHERITED_DEBT,
    INTIMATE_PARTNER,
    FAMILY_MEMBER,
    FRIEND_OR_ACQUAINTANCE,
    RECRUITMENT_AGENCY,
    ONLINE_CONTACT,
    OTHER
}
