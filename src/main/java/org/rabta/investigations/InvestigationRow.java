package org.rabta.investigations;

import java.time.LocalDate;
import java.util.List;

/** One line of the investigation list. */
public record InvestigationRow(long id, String firNumber, LocalDate registeredOn, String districtCode, List<Offence> offences,
                               int accused, LocalDate firstChargeSheetOn, boolean stalled) {
}
