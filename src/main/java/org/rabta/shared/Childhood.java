package org.rabta.shared;

/**
 * Who is a child: a person under {@value #ADULT_AGE}, as Pakistan's Prevention of Trafficking in Persons Act, 2018 has
 * it. The one line between child and adult for case lists, age bands, consent, services and the synthetic data; the
 * screening rule set keeps its own, versioned with the law it encodes, and a test holds the two together.
 */
public final class Childhood {

    public static final int ADULT_AGE = 18;

    private Childhood() {
    }

    /** Whether a person of this age in whole years is a child; null when the age is not known. */
    public static Boolean isChild(Integer age) {
        return age == null ? null : age < ADULT_AGE;
    }
}
