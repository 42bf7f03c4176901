package org.rabta.investigations;

import java.util.List;

/** A page of the investigation list; {@code byName}: the search text was taken as a name, so the closest names come first. */
public record InvestigationList(List<InvestigationRow> items, InvestigationFilter filter, boolean hasNext, boolean byName) {
}
