package org.rabta.support;

import java.util.UUID;

/** Names and numbers no other test (of this run, or of an earlier run on the same database) has used. */
public final class Unique {

    private Unique() {
    }

    /** A made-up surname, so that a name search or match finds only the test's own person. */
    public static String surname() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return "Qv" + (letters + "abcdefgh").substring(0, 8);
    }

    /** The prefix followed by ten hexadecimal digits: a username, a task, an FIR number. */
    public static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A CNIC in its written form (#####-#######-#), unique so that duplicate detection links nobody else's case. */
    public static String cnic() {
        long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000_000_000L);
        String digits = String.format("%013d", n);
        return digits.substring(0, 5) + "-" + digits.substring(5, 12) + "-" + digits.substring(12);
    }
}
