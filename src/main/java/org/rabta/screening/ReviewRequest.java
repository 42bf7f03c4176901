package org.rabta.screening;

import tools.jackson.databind.JsonNode;

/** The body of confirm and return: {@code {"version": 3, "comment": "..."}} (the comment only for a return). */
record ReviewRequest(JsonNode version, JsonNode comment) {
}
