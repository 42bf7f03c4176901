package org.rabta.committees;

/** The tiers of Pakistan's anti-trafficking coordination: a district reports to its province, a province to the nation. */
public enum CommitteeLevel {
    NATIONAL,
    PROVINCIAL,
    DISTRICT;

    /** The level of this level's parent committee; none above the national one. */
    CommitteeLevel parent() {
        return switch (this) {
            case NATIONAL -> null;
            case PROVINCIAL -> NATIONAL;
            case DISTRICT -> PROVINCIAL;
        };
    }
}
