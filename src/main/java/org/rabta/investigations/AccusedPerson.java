package org.rabta.investigations;

import org.rabta.cases.Identity;

/** Who an accused person is, after validation: identifiers in their stored form (see {@code cases.Identifiers}). */
record AccusedPerson(String name, String fatherName, Identity identity, AccusedRole role) {
}
