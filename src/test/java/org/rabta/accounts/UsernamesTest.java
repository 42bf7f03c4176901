package org.rabta.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UsernamesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            " fia.karachi.supervisor", "fia.karachi.supervisor\u2003", "\tfia.karachi.supervisor\n", "FIA.Karachi.Supervisor",
            "fia.karachi\u00a0.supervisor", "fia.\u200bkarachi.supervisor", "\u3000fia.karachi.supervisor\u3000",
            "\uff46\uff49\uff41.\uff4b\uff41\uff52\uff41\uff43\uff48\uff49.supervisor", "\uff26\uff29\uff21.karachi.supervisor"})
    void everySpellingOfOneNameFoldsIntoIt(String typed) {
        assertThat(Usernames.normalise(typed)).isEqualTo("fia.karachi.supervisor");
    }

    @Test
    void foldsCompatibilityFormsBeforeRemovingTheWhiteSpaceTheyBecome() {
        // U+2001 EM QUAD is white space already; U+FF0E FULLWIDTH FULL STOP becomes '.', not removed.
        assertThat(Usernames.normalise("a\u2001b\uff0ec")).isEqualTo("ab.c");
    }

    @Test
    void nothingTypedIsAnEmptyName() {
        assertThat(Usernames.normalise(null)).isEmpty();
        assertThat(Usernames.normalise(" \u2003\t")).isEmpty();
    }
}
