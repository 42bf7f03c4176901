package org.rabta.investigations;

/** An accused person's page: the investigation they are accused in, and their summary. */
public record AccusedView(Investigation investigation, AccusedSummary summary) {
}
