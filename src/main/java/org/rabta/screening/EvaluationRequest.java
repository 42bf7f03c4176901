package org.rabta.screening;

import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/v1/screening/evaluate}: {@code {"age": 16 | null, "facts": {"CODE":
 * "YES|NO|UNKNOWN"}, "indicators"?: ["CODE", ...]}}, the indicators being the ILO/EC indicators recorded as present,
 * as a stored screening takes them. All are taken as raw JSON so that every mistake can be reported against the
 * field that holds it (see {@link EvaluationRequestParser}) instead of as an unreadable body.
 */
record EvaluationRequest(JsonNode age, JsonNode facts, JsonNode indicators) {
}
