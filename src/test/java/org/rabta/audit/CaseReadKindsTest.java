package org.rabta.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.rabta.support.ApplicationClasses;
import org.rabta.support.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's "who looked" panel says each kind of read in words: every audit action of every module that the panel
 * counts as a read (its verb is one of {@link CaseReadHistory#READ_VERBS}) has its words in English and in Urdu
 * (cases.reads.kind.*). CASE_SUMMARY_VIEWED, a committee's look at one case, had none, and the panel showed its code.
 */
class CaseReadKindsTest {

    @Test
    void everyKindOfReadHasWordsInBothLanguages() {
        List<String> reads = new ArrayList<>();
        ApplicationClasses.ALL.stream().filter(type -> type.isEnum() && type.isAssignableTo(AuditAction.class))
                .flatMap(type -> Arrays.stream(type.reflect().getEnumConstants()))
                .map(action -> ((AuditAction) action).name())
                .filter(action -> CaseReadHistory.READ_VERBS.stream().anyMatch(verb -> action.endsWith("_" + verb)))
                .forEach(reads::add);
        assertThat(reads).contains("CASE_VIEWED", "CASES_LISTED");

        for (String bundle : MessageBundles.FILES) {
            Properties messages = MessageBundles.load(bundle);
            assertThat(reads).as("reads without words in %s", bundle)
                    .allSatisfy(action -> assertThat(messages.getProperty("cases.reads.kind." + action)).as(action).isNotBlank());
        }
    }
}
