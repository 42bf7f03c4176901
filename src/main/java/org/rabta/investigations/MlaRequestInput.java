package org.rabta.investigations;

import java.time.LocalDate;

/** A mutual legal assistance or extradition request as the API and the form give it; the status defaults to PENDING. */
public record MlaRequestInput(MlaKind kind, MlaDirection direction, String country, LocalDate requestedOn, String subject,
                       MlaStatus status, LocalDate statusOn) {
}
