package org.rabta.demo;

/** The provinces and districts the demo data is set in, by their codes in the geography reference data. */
final class DemoPlaces {

    static final String PUNJAB = "PK6";
    static final String SINDH = "PK7";
    static final String LAHORE = "PK617";
    static final String KARACHI_SOUTH = "PK721";

    private DemoPlaces() {
    }
}
