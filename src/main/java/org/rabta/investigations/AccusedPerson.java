package org.rabta.investigations;

import org.rabta.cases.Sex;

/** Who an accused person is, after validation: identifiers in their stored form (see {@code cases.Identifiers}). */
record AccusedPerson(String name, String fatherName, Sex sex, Integer ageYears, String nationality, String cnic,
                     String passportNumber, AccusedRole role) {
}
