package org.rabta.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Names and numbers no other test (of this run, or of an earlier run on the same database) has used. */
public final class Unique {

    private Unique() {
    }

    /** A made-up surname, so that a name search or match finds only the test's own person. */
    public static String surname() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return "Qv" + (letters + "abcdefgh").substring(0, 8);
    }

    /**
     * A made-up word of ten letters for name-search tests: unlike {@link #surname()} (one prefix and six letters) it
     * shares few trigrams with other tests' names, so a search finds only its own test's people. Without "q", the
     * letter the tests' misspellings put last, nor "k", which the name key reads a "q" as: a word ending in "k" had a
     * misspelling with the same key as the word, as close as the right spelling, and a test's nearest-first order
     * then failed one run in about twenty-five.
     */
    public static String word() {
        String letters = "abcdefghijlmnoprstuvwxyz";
        StringBuilder word = new StringBuilder("Z");
        ThreadLocalRandom.current().ints(9, 0, letters.length()).forEach(i -> word.append(letters.charAt(i)));
        return word.toString();
    }

    /** The prefix followed by ten hexadecimal digits: a username, a task, an FIR number. */
    public static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /**
     * A CNIC of Lahore in its written form, 35202-#######-# (so that a test can look for the prefix on a page that must
     * not show it), unique in the run so that duplicate detection links nobody else's case.
     */
    public static String cnic() {
        long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L);
        String digits = String.format("%08d", n);
        return "35202-" + digits.substring(0, 7) + "-" + digits.substring(7);
    }
}
