package org.rabta.cases;

/**
 * What a coordination committee may know of a case (README, "Access to case data"): its number, sex, age band and
 * district. Never a name, an identifier or a contact.
 */
public record PseudonymisedCase(String caseNumber, Sex sex, AgeBand ageBand, String districtCode, String provinceCode) {
}
