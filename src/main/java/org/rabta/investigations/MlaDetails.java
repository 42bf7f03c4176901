package org.rabta.investigations;

import java.time.LocalDate;

/** A mutual legal assistance or extradition request to record, after validation. */
record MlaDetails(MlaKind kind, MlaDirection direction, String country, LocalDate requestedOn, String subject,
                  MlaStatus status, LocalDate statusOn) {
}
