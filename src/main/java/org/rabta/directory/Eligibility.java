package org.rabta.directory;

import java.util.EnumSet;
import java.util.Set;

/** Who a service takes in (issue: women, men, children, transgender persons). */
public enum Eligibility {
    WOMEN,
    MEN,
    CHILDREN,
    TRANSGENDER;

    /** A person's sex as the directory asks it: the values a case records. */
    public enum Sex { FEMALE, MALE, TRANSGENDER, UNKNOWN }

    /**
     * What a provider must take in to serve a person: a child needs a service for children, an adult one for their
     * sex. What is not known asks nothing: a person of unknown sex and age may be offered any provider.
     *
     * @param sex   the person's sex, or null when not recorded
     * @param child whether the person is a child ({@link org.rabta.shared.Childhood}), or null when the age is not known
     */
    public static Set<Eligibility> neededBy(Sex sex, Boolean child) {
        if (Boolean.TRUE.equals(child)) {
            return EnumSet.of(CHILDREN);
        }
        return switch (sex == null ? Sex.UNKNOWN : sex) {
            case FEMALE -> EnumSet.of(WOMEN);
            case MALE -> EnumSet.of(MEN);
            case TRANSGENDER -> EnumSet.of(TRANSGENDER);
            case UNKNOWN -> EnumSet.noneOf(Eligibility.class);
        };
    }
}
