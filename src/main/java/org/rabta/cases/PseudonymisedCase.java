package org.rabta.cases;

/**
 * What a coordination committee may know of a case (DESIGN.md, access): its number, sex, age band and
 * district. Never a name, an identifier or a contact.
 */
public record PseudonymisedCase(String caseNumber, Sex sex, AgeBand ageBand, String districtCode, String provinceCode) {

    /** Age bands wide enough that a band and a district do not point at one person. */
    public enum AgeBand {
        UNDER_12,
        AGE_12_TO_17,
        AGE_18_TO_25,
        AGE_26_TO_40,
        OVER_40,
        UNKNOWN;

        static AgeBand of(Integer age) {
            if (age == null) {
                return UNKNOWN;
            }
            if (age < 12) {
                return UNDER_12;
            }
            if (age < 18) {
                return AGE_12_TO_17;
            }
            if (age <= 25) {
                return AGE_18_TO_25;
            }
            return age <= 40 ? AGE_26_TO_40 : OVER_40;
        }
    }
}
