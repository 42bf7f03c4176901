package org.rabta.committees;

/** Roles on a committee, in the order a roster lists them. */
public enum MembershipRole {
    CHAIR,
    SECRETARY,
    MEMBER,
    FOCAL_PERSON;

    /** The chair and the secretary run the committee: they record its meetings. */
    boolean runsMeetings() {
        return this == CHAIR || this == SECRETARY;
    }
}
