package org.rabta.cases;

import java.util.List;
import org.rabta.directory.Agency;

/**
 * Everything the case page shows, loaded once per request. {@code owner}: the user's agency owns the case
 * (may edit, add notes and attachments, sees restricted notes); {@code supervisor}: and the user supervises it;
 * {@code registeredBy}: the full name of the user who registered it (the case keeps only the username).
 */
public record CaseDetails(VictimCase victimCase, Agency owningAgency, boolean owner, boolean supervisor,
                          List<CaseNote> notes, List<CaseAttachment> attachments, List<CaseEvent> timeline,
                          String registeredBy) {
}
