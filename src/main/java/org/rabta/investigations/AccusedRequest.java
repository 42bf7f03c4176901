package org.rabta.investigations;

import org.rabta.cases.Sex;

/** An accused person as the API and the form give them; {@code cnic} with or without dashes. */
public record AccusedRequest(String name, String fatherName, Sex sex, Integer ageYears, String nationality, String cnic,
                      String passportNumber, AccusedRole role) {
}
