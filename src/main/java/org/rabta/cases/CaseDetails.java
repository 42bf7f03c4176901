package org.rabta.cases;

import java.util.List;
import org.rabta.directory.Agency;

/**
 * Everything the case page shows, loaded once per request, for the owning agency's caseworkers and supervisors (the
 * only ones who see the whole case). {@code supervisor}: the user supervises it; {@code registeredBy}: the full name
 * of the user who registered it (the case keeps only the username).
 */
public record CaseDetails(VictimCase victimCase, Agency.Label owningAgency, boolean supervisor,
                          List<CaseNote> notes, List<CaseAttachment> attachments, List<CaseEvent> timeline,
                          String registeredBy) {
}
