package org.rabta.investigations;

/** Linking a victim case (by case number) to an investigation. */
public record VictimRequest(String caseNumber, VictimRole role, String protectionNeeds) {
}
