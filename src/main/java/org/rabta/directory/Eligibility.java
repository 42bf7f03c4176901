package org.rabta.directory;

/** Who a service takes in (issue: women, men, children, transgender persons). */
public enum Eligibility {
    WOMEN,
    MEN,
    CHILDREN,
    TRANSGENDER
}
