package org.rabta.investigations;

/** Linking a victim case (by case number) to an investigation. */
record VictimRequest(String caseNumber, VictimRole role, String protectionNeeds) {
}
