package org.rabta.accounts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one spelling of a username. Whatever a person types (at sign-in, in the password form of the
 * API, or an admin creating the account) is normalised here before it is looked up, counted toward
 * lockout, audited or stored, so that {@code " fia.karachi"}, {@code "fia.karachi\u2003"},
 * {@code "ＦＩＡ.karachi"} and {@code "FIA.Karachi"} are one account with one failure count.
 * <p>
 * The order matters: NFKC first folds compatibility forms (full-width letters, the ideographic
 * space) into their plain ones, so that the white space it produces is then removed and the letters
 * it produces are then lower-cased.
 */
public final class Usernames {

    /**
     * White space ({@code \p{Z}}), control characters ({@code \p{Cc}}) and invisible format characters
     * ({@code \p{Cf}}: zero-width space, joiners, direction marks), anywhere in the name: none of them
     * can be part of a username (see {@link UserForm}), and each would otherwise make a second spelling.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Z}\\p{Cc}\\p{Cf}]+");

    private Usernames() {
    }

    /** The normalised username; an empty string for {@code null}. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        return INVISIBLE.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
