package org.rabta.reporting;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rabta's values in the picklists of the Human Trafficking Case Data Standard (HTCDS); the mapping and its reasons
 * are documented in docs/HTCDS.md. HTCDS value names are PascalCase; multiselect values are joined with ";".
 */
final class Htcds {

    /** The columns of the export without direct identifiers (docs/HTCDS.md). */
    private static final List<String> COLUMNS = List.of("cas_CaseNumber", "cas_Status", "prs_Gender", "prs_Nationality",
            "vic_TypeOfExploitation", "vic_TypeOfLabourExploitation", "vic_MethodsOfControl", "vic_MethodOfRecruitment",
            "vic_AgreementToManagePersonalData", "rab_IdentificationDate", "rab_AgeAtIdentification", "rab_Province",
            "rab_District", "rab_HowIdentified", "rab_ExploitationTypes", "rab_OriginCountry", "rab_DestinationCountry");

    /** The direct identifiers, added at the end for a supervisor who asks for them. */
    private static final List<String> IDENTIFIER_COLUMNS = List.of("prs_FirstName", "prs_SecondName", "prs_Birthdate",
            "prs_MobilePhone", "prs_MailingStreet", "rab_FatherOrHusbandName", "rab_Aliases", "rab_Cnic", "rab_PassportNumber");

    /** The perpetrator file, keyed by case (docs/HTCDS.md): HTCDS person and perpetrator context fields, then Rabta's. */
    private static final List<String> PERPETRATOR_COLUMNS = List.of("cas_CaseNumber", "per_RoleInProcess", "prs_Gender",
            "prs_Nationality", "rab_AgeYears", "rab_Role", "rab_FirNumber", "rab_FirRegisteredOn", "rab_Offences",
            "rab_FirstArrestedOn", "rab_FirstChargeSheetOn", "rab_FirstVerdictOn", "rab_LatestVerdict");

    /** The accused's direct identifiers, added at the end for a supervisor who asks for them. */
    private static final List<String> PERPETRATOR_IDENTIFIER_COLUMNS = List.of("rab_Name", "rab_FatherName",
            "prs_IdentityNumber", "rab_PassportNumber");

    /** HTCDS Perpetrator Context › Role in Process, for the roles of an accused person. */
    private static final Map<String, String> ROLE_IN_PROCESS = Map.of(
            "RECRUITER", "RecruiterOrIntermediary",
            "TRANSPORTER", "Transporter",
            "HARBOURER", "HarbouredIndividual",
            "EXPLOITER", "Exploiter",
            "FACILITATOR", "BrokerTravelAgent",
            "FINANCIER", "Other",
            "OFFICIAL", "Other",
            "OTHER", "Other");

    private Htcds() {
    }

    static String gender(String sex) {
        return switch (sex) {
            case "FEMALE" -> "Female";
            case "MALE" -> "Male";
            case "TRANSGENDER" -> "Transgender/NonConforming";
            default -> "Unknown";
        };
    }

    static String caseStatus(String status) {
        return switch (status) {
            case "ACTIVE" -> "Active";
            case "FOLLOW_UP" -> "FollowUp";
            case "CLOSED" -> "Closed";
            case "CLOSED_REFERRED" -> "ClosedReferred";
            default -> throw new IllegalArgumentException("Unknown case status " + status);
        };
    }

    /** HTCDS TypeOfExploitation: labour, sexual or other exploitation. */
    private static final Map<String, String> TYPE_OF_EXPLOITATION = Map.of(
            "FORCED_LABOUR", "ForcedLabour",
            "BONDED_LABOUR", "ForcedLabour",
            "DOMESTIC_SERVITUDE", "ForcedLabour",
            "FORCED_BEGGING", "ForcedLabour",
            "FORCED_CRIMINALITY", "ForcedLabour",
            "SEXUAL_EXPLOITATION", "SexualExploitation",
            "FORCED_MARRIAGE", "Other",
            "ORGAN_REMOVAL", "Other",
            "OTHER", "Other");

    /** HTCDS TypeOfLabourExploitation, for the forms of labour exploitation that name a sector. */
    private static final Map<String, String> TYPE_OF_LABOUR_EXPLOITATION = Map.of(
            "DOMESTIC_SERVITUDE", "DomesticWork",
            "FORCED_BEGGING", "Begging",
            "FORCED_CRIMINALITY", "IllicitActivities");

    /** HTCDS MethodOfRecruitment. */
    private static final Map<String, String> METHOD_OF_RECRUITMENT = Map.ofEntries(
            Map.entry("FALSE_JOB_OFFER", "JobOffer"),
            Map.entry("RECRUITMENT_AGENCY", "JobOffer"),
            Map.entry("FALSE_MARRIAGE_PROMISE", "IntimatePartnerOrMarriageProposition"),
            Map.entry("INTIMATE_PARTNER", "IntimatePartnerOrMarriageProposition"),
            Map.entry("EDUCATION_OFFER", "EducationalFacility"),
            Map.entry("ABDUCTION", "Abduction"),
            Map.entry("SOLD_BY_FAMILY", "Familial"),
            Map.entry("FAMILY_MEMBER", "Familial"),
            Map.entry("ONLINE_CONTACT", "Internet"),
            Map.entry("MIGRATION_OR_VISA_OFFER", "Other"),
            Map.entry("INHERITED_DEBT", "Other"),
            Map.entry("FRIEND_OR_ACQUAINTANCE", "Other"),
            Map.entry("OTHER", "Other"));

    static String typeOfExploitation(String[] types) {
        return mapped(types, TYPE_OF_EXPLOITATION);
    }

    static String typeOfLabourExploitation(String[] types) {
        return mapped(types, TYPE_OF_LABOUR_EXPLOITATION);
    }

    static String methodOfRecruitment(String[] methods) {
        return mapped(methods, METHOD_OF_RECRUITMENT);
    }

    /** Rabta's methods of control are the HTCDS picklist itself: DEBT_BONDAGE is DebtBondage, and so on. */
    static String methodsOfControl(String[] methods) {
        return Arrays.stream(methods).map(Htcds::pascalCase).collect(Collectors.joining(";"));
    }

    static String pascalCase(String constant) {
        return Arrays.stream(constant.toLowerCase(Locale.ROOT).split("_"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining());
    }

    private static String mapped(String[] values, Map<String, String> mapping) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : values) {
            String htcds = mapping.get(value);
            if (htcds != null) {
                result.add(htcds);
            }
        }
        return String.join(";", result);
    }

    static String roleInProcess(String role) {
        String htcds = ROLE_IN_PROCESS.get(role);
        if (htcds == null) {
            throw new IllegalArgumentException("Unknown role of an accused person " + role);
        }
        return htcds;
    }

    static List<String> perpetratorHeader(boolean identifiers) {
        return identifiers ? Stream.concat(PERPETRATOR_COLUMNS.stream(), PERPETRATOR_IDENTIFIER_COLUMNS.stream()).toList()
                : PERPETRATOR_COLUMNS;
    }

    static List<String> header(boolean identifiers) {
        return identifiers ? Stream.concat(COLUMNS.stream(), IDENTIFIER_COLUMNS.stream()).toList() : COLUMNS;
    }
}
