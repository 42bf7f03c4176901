package org.rabta.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns of a case import file, in the order the import screen lists them, and the form field each fills. */
public enum ImportColumn {
    EXTERNAL_REFERENCE("externalReference", false),
    IDENTIFIED_ON("identifiedOn", true),
    DISTRICT_CODE("districtCode", true),
    HOW_IDENTIFIED("howIdentified", false),
    FIRST_NAME("firstName", false),
    LAST_NAME("lastName", false),
    FATHER_OR_HUSBAND_NAME("fatherOrHusbandName", false),
    SEX("sex", true),
    DATE_OF_BIRTH("dateOfBirth", false),
    AGE_YEARS("ageYears", false),
    NATIONALITY("nationality", false),
    CNIC("cnic", false),
    EXPLOITATION_TYPES("exploitationTypes", false);

    private final String formField;
    private final boolean required;

    ImportColumn(String formField, boolean required) {
        this.formField = formField;
        this.required = required;
    }

    /** The header as the file spells it, e.g. {@code identified_on}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    String formField() {
        return formField;
    }

    public boolean required() {
        return required;
    }

    static Optional<ImportColumn> ofHeader(String header) {
        return Arrays.stream(values()).filter(column -> column.header().equals(header)).findFirst();
    }

    /** The column that fills a form field, for reporting a broken rule against the column the user sees. */
    static String headerOf(String formField) {
        return Arrays.stream(values()).filter(column -> column.formField.equals(formField)).findFirst()
                .map(ImportColumn::header).orElse(formField);
    }

    static String allHeaders() {
        return Arrays.stream(values()).map(ImportColumn::header).collect(Collectors.joining(", "));
    }
}
