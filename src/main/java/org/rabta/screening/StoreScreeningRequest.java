package org.rabta.screening;

import tools.jackson.databind.JsonNode;

/**
 * The body that stores or revises a screening: {@code {"age"?, "facts": {...}, "determination"?, "reason"?,
 * "draft"?: bool, "indicators"?: ["CODE", ...]}}, plus {@code "version"} when revising. Taken as raw JSON, like the
 * evaluate request, so that every mistake is reported against its field.
 */
record StoreScreeningRequest(JsonNode age, JsonNode facts, JsonNode determination, JsonNode reason, JsonNode draft,
                             JsonNode indicators, JsonNode version) {
}
