package org.rabta.accounts;

/** A user as a pick list shows them: who to filter by or assign to. */
public record StaffMember(long id, String fullName) {
}
