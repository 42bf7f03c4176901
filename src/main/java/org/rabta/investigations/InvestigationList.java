package org.rabta.investigations;

import java.util.List;

/** A page of the investigation list. */
public record InvestigationList(List<InvestigationRow> items, InvestigationFilter filter, boolean hasNext) {
}
