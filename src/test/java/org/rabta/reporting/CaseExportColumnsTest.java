package org.rabta.reporting;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rabta.cases.CaseField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.cases.CaseField.CONSENT_DATE;
import static org.rabta.cases.CaseField.CONSENT_ON_BEHALF_OF;
import static org.rabta.cases.CaseField.CONSENT_RECORDED_BY;
import static org.rabta.cases.CaseField.CONSENT_REFERRAL;
import static org.rabta.cases.CaseField.DESTINATION_DISTRICT_CODE;
import static org.rabta.cases.CaseField.DISABILITY;
import static org.rabta.cases.CaseField.EXPLOITATION_NOTES;
import static org.rabta.cases.CaseField.EXTERNAL_REFERENCE;
import static org.rabta.cases.CaseField.LANGUAGES;
import static org.rabta.cases.CaseField.ORIGIN_DISTRICT_CODE;
import static org.rabta.cases.CaseField.TRANSIT_COUNTRIES;

/** A new field of a case is exported (the case list file and HTCDS read the same columns) or left out on purpose. */
class CaseExportColumnsTest {

    /** The fields the exports leave out today. */
    private static final Set<CaseField> NOT_EXPORTED = EnumSet.of(EXTERNAL_REFERENCE, LANGUAGES, DISABILITY,
            ORIGIN_DISTRICT_CODE, TRANSIT_COUNTRIES, DESTINATION_DISTRICT_CODE, EXPLOITATION_NOTES, CONSENT_REFERRAL,
            CONSENT_DATE, CONSENT_RECORDED_BY, CONSENT_ON_BEHALF_OF);

    @Test
    void everyFieldIsReadByTheExportsOrLeftOutOnPurpose() {
        Set<String> read = Arrays.stream(CaseExports.CASE_COLUMNS.split(","))
                .map(column -> column.strip().substring("c.".length())).collect(Collectors.toSet());

        assertThat(Arrays.stream(CaseField.values()).filter(field -> !NOT_EXPORTED.contains(field))
                .map(CaseField::column).filter(column -> !read.contains(column)).toList()).isEmpty();
        assertThat(NOT_EXPORTED).noneMatch(field -> read.contains(field.column()));
    }
}
