package org.rabta.support;

/**
 * Codes of the seeded geography (V1's provinces and districts) that tests register cases in, so that a test reads a
 * district's name rather than its code and every test means the same place by it.
 */
public final class Districts {

    public static final String BALOCHISTAN = "PK2";
    public static final String PUNJAB = "PK6";
    public static final String SINDH = "PK7";

    public static final String KARAK = "PK512";
    public static final String KASUR = "PK614";
    public static final String KHUSHAB = "PK616";
    public static final String LAHORE = "PK617";
    public static final String SIALKOT = "PK634";
    public static final String BADIN = "PK701";
    public static final String KARACHI_SOUTH = "PK721";

    private Districts() {
    }
}
