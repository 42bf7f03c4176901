package org.rabta.committees;

/**
 * What an access decision needs of a user's current term on a committee: which term, on which committee, in which
 * role. {@link CommitteeAccess} reads these with one plain query, not as {@link Membership} entities.
 */
record Term(long id, long committeeId, MembershipRole role) {
}
