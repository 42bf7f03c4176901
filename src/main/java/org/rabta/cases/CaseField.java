package org.rabta.cases;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every value a user records about a case, named once, in the order of the import screen's columns and the form's
 * sections. From each constant come the {@link CaseForm} property (the constant's name in camel case), the label's
 * message key, the column of {@code victim_case} and of the import file (snake case), the path in the API's JSON,
 * the kind of value (how it is read, normalised and checked), its longest length and whether it is required. The
 * JSON reader, the CSV import, the validator, the edit history and the synthetic loader work from this list;
 * {@code CaseFieldTest} checks the form, the entity's parts, the API's JSON and the messages against it. A new field
 * is a constant here, its property on the form, its column in {@link Person}, {@link Route}, {@link Exploitation}
 * or {@link Consent}, and a migration.
 */
public enum CaseField {

    EXTERNAL_REFERENCE(Section.CASE, FieldKind.TEXT, 100, false, Import.OPTIONAL,
            access(CaseForm::getExternalReference, CaseForm::setExternalReference)),
    IDENTIFIED_ON(Section.CASE, FieldKind.DATE, 0, true, Import.REQUIRED, access(CaseForm::getIdentifiedOn, CaseForm::setIdentifiedOn)),
    DISTRICT_CODE(Section.CASE, FieldKind.DISTRICT, 0, true, Import.REQUIRED, access(CaseForm::getDistrictCode, CaseForm::setDistrictCode)),
    HOW_IDENTIFIED(Section.CASE, FieldKind.oneOf(HowIdentified.class), 0, true, Import.OPTIONAL,
            access(CaseForm::getHowIdentified, CaseForm::setHowIdentified)),

    FIRST_NAME(Section.PERSON, FieldKind.TEXT, 100, false, Import.OPTIONAL, access(CaseForm::getFirstName, CaseForm::setFirstName)),
    LAST_NAME(Section.PERSON, FieldKind.TEXT, 100, false, Import.OPTIONAL, access(CaseForm::getLastName, CaseForm::setLastName)),
    FATHER_OR_HUSBAND_NAME(Section.PERSON, FieldKind.TEXT, 150, false, Import.OPTIONAL,
            access(CaseForm::getFatherOrHusbandName, CaseForm::setFatherOrHusbandName)),
    ALIASES(Section.PERSON, FieldKind.TEXT, 300, false, Import.NO, access(CaseForm::getAliases, CaseForm::setAliases)),
    SEX(Section.PERSON, FieldKind.oneOf(Sex.class), 0, true, Import.REQUIRED, access(CaseForm::getSex, CaseForm::setSex)),
    DATE_OF_BIRTH(Section.PERSON, FieldKind.DATE, 0, false, Import.OPTIONAL, access(CaseForm::getDateOfBirth, CaseForm::setDateOfBirth)),
    AGE_YEARS(Section.PERSON, FieldKind.INTEGER, 0, false, Import.OPTIONAL, access(CaseForm::getAgeYears, CaseForm::setAgeYears)),
    NATIONALITY(Section.PERSON, FieldKind.COUNTRY, 0, false, Import.OPTIONAL, access(CaseForm::getNationality, CaseForm::setNationality)),
    CNIC(Section.PERSON, FieldKind.CNIC, 0, false, Import.OPTIONAL, access(CaseForm::getCnic, CaseForm::setCnic)),
    PASSPORT_NUMBER(Section.PERSON, FieldKind.PASSPORT, 0, false, Import.NO,
            access(CaseForm::getPassportNumber, CaseForm::setPassportNumber)),
    LANGUAGES(Section.PERSON, FieldKind.TEXT, 200, false, Import.NO, access(CaseForm::getLanguages, CaseForm::setLanguages)),
    DISABILITY(Section.PERSON, FieldKind.TEXT, 300, false, Import.NO, access(CaseForm::getDisability, CaseForm::setDisability)),
    PHONE(Section.PERSON, FieldKind.PHONE, 0, false, Import.NO, access(CaseForm::getPhone, CaseForm::setPhone)),
    ADDRESS(Section.PERSON, FieldKind.TEXT, 500, false, Import.NO, access(CaseForm::getAddress, CaseForm::setAddress)),

    ORIGIN_COUNTRY(Section.ROUTE, FieldKind.COUNTRY, 0, false, Import.NO, access(CaseForm::getOriginCountry, CaseForm::setOriginCountry)),
    ORIGIN_DISTRICT_CODE(Section.ROUTE, FieldKind.DISTRICT, 0, false, Import.NO,
            access(CaseForm::getOriginDistrictCode, CaseForm::setOriginDistrictCode)),
    TRANSIT_COUNTRIES(Section.ROUTE, FieldKind.COUNTRIES, 0, false, Import.NO,
            access(CaseForm::getTransitCountries, CaseForm::setTransitCountries)),
    DESTINATION_COUNTRY(Section.ROUTE, FieldKind.COUNTRY, 0, false, Import.NO,
            access(CaseForm::getDestinationCountry, CaseForm::setDestinationCountry)),
    DESTINATION_DISTRICT_CODE(Section.ROUTE, FieldKind.DISTRICT, 0, false, Import.NO,
            access(CaseForm::getDestinationDistrictCode, CaseForm::setDestinationDistrictCode)),

    EXPLOITATION_TYPES(Section.CASE, FieldKind.setOf(ExploitationType.class), 0, false, Import.OPTIONAL,
            access(CaseForm::getExploitationTypes, CaseForm::setExploitationTypes)),
    CONTROL_METHODS(Section.CASE, FieldKind.setOf(ControlMethod.class), 0, false, Import.NO,
            access(CaseForm::getControlMethods, CaseForm::setControlMethods)),
    RECRUITMENT_METHODS(Section.CASE, FieldKind.setOf(RecruitmentMethod.class), 0, false, Import.NO,
            access(CaseForm::getRecruitmentMethods, CaseForm::setRecruitmentMethods)),
    EXPLOITATION_NOTES(Section.CASE, FieldKind.TEXT, 2000, false, Import.NO,
            access(CaseForm::getExploitationNotes, CaseForm::setExploitationNotes)),

    CONSENT_DATA_PROCESSING(Section.CONSENT, FieldKind.oneOf(ConsentStatus.class), 0, false, Import.NO,
            access(CaseForm::getConsentDataProcessing, CaseForm::setConsentDataProcessing)),
    CONSENT_REFERRAL(Section.CONSENT, FieldKind.oneOf(ConsentStatus.class), 0, false, Import.NO,
            access(CaseForm::getConsentReferral, CaseForm::setConsentReferral)),
    CONSENT_DATE(Section.CONSENT, FieldKind.DATE, 0, false, Import.NO, access(CaseForm::getConsentDate, CaseForm::setConsentDate)),
    CONSENT_RECORDED_BY(Section.CONSENT, FieldKind.TEXT, 150, false, Import.NO,
            access(CaseForm::getConsentRecordedBy, CaseForm::setConsentRecordedBy)),
    CONSENT_ON_BEHALF_OF(Section.CONSENT, FieldKind.TEXT, 150, false, Import.NO,
            access(CaseForm::getConsentOnBehalfOf, CaseForm::setConsentOnBehalfOf));

    /** Where the API's JSON carries a field: at the top of the case, or in one of its objects. */
    enum Section {
        CASE, PERSON, ROUTE, CONSENT;

        /** The JSON object's name, or null at the top. */
        String object() {
            return this == CASE ? null : name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the CSV import takes a field, and whether a file must have its column. */
    enum Import {
        NO, OPTIONAL, REQUIRED
    }

    private static final Map<String, CaseField> BY_PROPERTY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(CaseField::property, field -> field));

    private final Section section;
    private final FieldKind kind;
    private final int maxLength;
    private final boolean required;
    private final Import imported;
    private final Access<?> access;
    private final String property;

    CaseField(Section section, FieldKind kind, int maxLength, boolean required, Import imported, Access<?> access) {
        this.section = section;
        this.kind = kind;
        this.maxLength = maxLength;
        this.required = required;
        this.imported = imported;
        this.access = access;
        this.property = camelCase(name());
    }

    /** The {@link CaseForm} property, e.g. {@code fatherOrHusbandName}: the screen, the errors and the history use it. */
    public String property() {
        return property;
    }

    /** The path in the API's JSON, e.g. {@code person.fatherOrHusbandName} or {@code consent.date}. */
    public String jsonPath() {
        String object = section.object();
        return object == null ? property : object + "." + jsonName();
    }

    /** The name within its JSON object: the consent's values drop their {@code consent} prefix there. */
    private String jsonName() {
        if (section != Section.CONSENT) {
            return property;
        }
        String rest = property.substring("consent".length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    /** The column of {@code victim_case}, which is also the header of the import file's column. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label's message key. */
    public String messageKey() {
        return "cases.field." + property;
    }

    Section section() {
        return section;
    }

    FieldKind kind() {
        return kind;
    }

    /** The longest text allowed, or 0 where the kind of value limits it. */
    int maxLength() {
        return maxLength;
    }

    /** Required of every case (the import defaults some of them: see {@link #imported()}). */
    boolean required() {
        return required;
    }

    Import imported() {
        return imported;
    }

    /** Whether {@code victim_case} holds the value as an array (picklists, countries). */
    public boolean array() {
        return kind.name() == FieldKind.Name.CHOICES || kind.name() == FieldKind.Name.COUNTRIES;
    }

    Object get(CaseForm form) {
        return access.getter().apply(form);
    }

    /** Sets the form's value; a null becomes the kind's empty value (no picklist choice, consent not asked). */
    void set(CaseForm form, Object value) {
        access.set(form, value == null ? kind.empty() : value);
    }

    /**
     * The value as a row of {@code victim_case} holds it: choices by name, picklists as sorted lists of names, the
     * age as the age at identification (the one entered, or else the one the date of birth gives).
     */
    public Object stored(CaseForm form) {
        if (this == AGE_YEARS) {
            return CaseValidator.ageAtIdentification(form);
        }
        Object value = get(form);
        return switch (kind.name()) {
            case CHOICE -> value == null ? null : ((Enum<?>) value).name();
            case CHOICES -> ((Collection<?>) value).stream().map(choice -> ((Enum<?>) choice).name()).sorted().toList();
            default -> value;
        };
    }

    /** Sets the form's value from one as {@link #stored} gives it: a choice by name, a picklist as a list of names. */
    public void setStored(CaseForm form, Object stored) {
        set(form, stored == null ? null : switch (kind.name()) {
            case CHOICE -> kind.choiceNamed((String) stored);
            case CHOICES -> kind.choiceSet(((Collection<?>) stored).stream().map(name -> kind.choiceNamed((String) name)).toList());
            default -> stored;
        });
    }

    /** Trims text, turns blanks into null and identifiers into their stored form where they are valid. */
    void normalise(CaseForm form) {
        Object value = get(form);
        access.set(form, value == null ? kind.empty() : kind.normalise(value));
    }

    static Optional<CaseField> byProperty(String property) {
        return Optional.ofNullable(BY_PROPERTY.get(property));
    }

    private static String camelCase(String constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    private static <T> Access<T> access(Function<CaseForm, T> getter, BiConsumer<CaseForm, T> setter) {
        return new Access<>(getter, setter);
    }

    /** A form property's getter and setter, typed where they are declared. */
    private record Access<T>(Function<CaseForm, T> getter, BiConsumer<CaseForm, T> setter) {

        @SuppressWarnings("unchecked")
        void set(CaseForm form, Object value) {
            setter.accept(form, (T) value);
        }
    }
}
