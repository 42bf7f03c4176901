package org.rabta.investigations;

import java.time.LocalDate;

/** A line of the court calendar: an accused person's next hearing, in which court, in which investigation. */
public record Hearing(LocalDate on, long accusedId, String accusedName, long investigationId, String firNumber, String court,
                      String courtCaseNumber) {
}
