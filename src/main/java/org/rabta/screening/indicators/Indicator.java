package org.rabta.screening.indicators;

import static org.rabta.screening.engine.Fact.ACT_HARBOURED;
import static org.rabta.screening.engine.Fact.ACT_PROVIDED_OR_SOLD;
import static org.rabta.screening.engine.Fact.ACT_RECRUITED;
import static org.rabta.screening.engine.Fact.MEANS_ABDUCTION;
import static org.rabta.screening.engine.Fact.MEANS_ABUSE_OF_VULNERABILITY;
import static org.rabta.screening.engine.Fact.MEANS_DEBT_BONDAGE;
import static org.rabta.screening.engine.Fact.MEANS_DOCUMENTS_WITHHELD;
import static org.rabta.screening.engine.Fact.MEANS_FORCE;
import static org.rabta.screening.engine.Fact.MEANS_FRAUD_OR_DECEPTION;
import static org.rabta.screening.engine.Fact.MEANS_ISOLATION_OR_CONFINEMENT;
import static org.rabta.screening.engine.Fact.MEANS_PSYCHOLOGICAL_PRESSURE;
import static org.rabta.screening.engine.Fact.MEANS_THREATS;
import static org.rabta.screening.engine.Fact.PURPOSE_BONDED_LABOUR;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_CRIMINALITY;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_LABOUR;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_MARRIAGE;
import static org.rabta.screening.engine.Fact.VULN_DESTITUTE;
import static org.rabta.screening.indicators.IndicatorDimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION;
import static org.rabta.screening.indicators.IndicatorDimension.ABUSIVE_RECRUITMENT;
import static org.rabta.screening.indicators.IndicatorDimension.COERCION_AT_DESTINATION;
import static org.rabta.screening.indicators.IndicatorDimension.COERCIVE_RECRUITMENT;
import static org.rabta.screening.indicators.IndicatorDimension.DECEPTIVE_RECRUITMENT;
import static org.rabta.screening.indicators.IndicatorDimension.EXPLOITATIVE_CONDITIONS;
import static org.rabta.screening.indicators.IndicatorStrength.MEDIUM;
import static org.rabta.screening.indicators.IndicatorStrength.STRONG;
import static org.rabta.screening.indicators.IndicatorStrength.WEAK;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rabta.screening.engine.Fact;

/**
 * A subset of the ILO/European Commission "Operational indicators of trafficking in human beings" (2009), the
 * list for adults trafficked for labour exploitation, with the source's dimension and strength. Each indicator
 * names the screening facts it suggests asking about; it never answers them: the legal rules decide from facts
 * a person recorded. The constant name is the code stored with a screening and the message key
 * {@code screening.indicator.<CODE>}, so it is never renamed.
 */
public enum Indicator {
    // Deceptive recruitment
    DECEIVED_NATURE_OF_JOB(DECEPTIVE_RECRUITMENT, STRONG, ACT_RECRUITED, MEANS_FRAUD_OR_DECEPTION),
    DECEIVED_CONDITIONS_OF_WORK(DECEPTIVE_RECRUITMENT, MEDIUM, MEANS_FRAUD_OR_DECEPTION),
    DECEIVED_WAGES(DECEPTIVE_RECRUITMENT, MEDIUM, MEANS_FRAUD_OR_DECEPTION),
    DECEIVED_LEGAL_DOCUMENTS(DECEPTIVE_RECRUITMENT, MEDIUM, MEANS_FRAUD_OR_DECEPTION),
    DECEIVED_TRAVEL_AND_RECRUITMENT(DECEPTIVE_RECRUITMENT, MEDIUM, MEANS_FRAUD_OR_DECEPTION),
    DECEIVED_MARRIAGE_OR_ADOPTION(DECEPTIVE_RECRUITMENT, MEDIUM, MEANS_FRAUD_OR_DECEPTION, PURPOSE_FORCED_MARRIAGE),
    DECEIVED_EDUCATION(DECEPTIVE_RECRUITMENT, WEAK, MEANS_FRAUD_OR_DECEPTION),

    // Coercive recruitment
    RECRUITED_BY_VIOLENCE(COERCIVE_RECRUITMENT, STRONG, ACT_RECRUITED, MEANS_FORCE),
    ABDUCTED_FORCED_MARRIAGE_OR_SOLD(COERCIVE_RECRUITMENT, STRONG, MEANS_ABDUCTION, ACT_PROVIDED_OR_SOLD),
    RECRUITMENT_DOCUMENTS_CONFISCATED(COERCIVE_RECRUITMENT, MEDIUM, MEANS_DOCUMENTS_WITHHELD),
    RECRUITMENT_DEBT_BONDAGE(COERCIVE_RECRUITMENT, MEDIUM, MEANS_DEBT_BONDAGE),
    RECRUITMENT_ISOLATION(COERCIVE_RECRUITMENT, MEDIUM, MEANS_ISOLATION_OR_CONFINEMENT),
    RECRUITMENT_THREATS(COERCIVE_RECRUITMENT, MEDIUM, MEANS_THREATS),

    // Recruitment by abuse of vulnerability
    ABUSE_OF_DIFFICULT_FAMILY_SITUATION(ABUSIVE_RECRUITMENT, MEDIUM, MEANS_ABUSE_OF_VULNERABILITY),
    ABUSE_OF_ILLEGAL_STATUS(ABUSIVE_RECRUITMENT, MEDIUM, MEANS_ABUSE_OF_VULNERABILITY),
    ABUSE_OF_LACK_OF_INFORMATION(ABUSIVE_RECRUITMENT, MEDIUM, MEANS_ABUSE_OF_VULNERABILITY),
    RECRUITMENT_ECONOMIC_REASONS(ABUSIVE_RECRUITMENT, MEDIUM, MEANS_ABUSE_OF_VULNERABILITY, VULN_DESTITUTE),
    RECRUITMENT_EMOTIONAL_DEPENDENCY(ABUSIVE_RECRUITMENT, MEDIUM, MEANS_PSYCHOLOGICAL_PRESSURE),
    RECRUITMENT_GENERAL_CONTEXT(ABUSIVE_RECRUITMENT, WEAK, MEANS_ABUSE_OF_VULNERABILITY),

    // Exploitative conditions of work
    EXCESSIVE_HOURS(EXPLOITATIVE_CONDITIONS, STRONG, PURPOSE_FORCED_LABOUR),
    BAD_LIVING_CONDITIONS(EXPLOITATIVE_CONDITIONS, MEDIUM, PURPOSE_FORCED_LABOUR),
    HAZARDOUS_WORK(EXPLOITATIVE_CONDITIONS, MEDIUM, PURPOSE_FORCED_LABOUR),
    LOW_OR_NO_SALARY(EXPLOITATIVE_CONDITIONS, MEDIUM, PURPOSE_FORCED_LABOUR),
    NO_RESPECT_OF_LABOUR_LAWS(EXPLOITATIVE_CONDITIONS, MEDIUM, PURPOSE_FORCED_LABOUR),
    WAGE_MANIPULATION(EXPLOITATIVE_CONDITIONS, MEDIUM, PURPOSE_FORCED_LABOUR),
    NO_ACCESS_TO_EDUCATION(EXPLOITATIVE_CONDITIONS, WEAK, PURPOSE_FORCED_LABOUR),

    // Coercion at destination
    DOCUMENTS_CONFISCATED(COERCION_AT_DESTINATION, STRONG, MEANS_DOCUMENTS_WITHHELD),
    DEBT_BONDAGE(COERCION_AT_DESTINATION, STRONG, MEANS_DEBT_BONDAGE, PURPOSE_BONDED_LABOUR),
    ISOLATION_CONFINEMENT_SURVEILLANCE(COERCION_AT_DESTINATION, STRONG, MEANS_ISOLATION_OR_CONFINEMENT, ACT_HARBOURED),
    VIOLENCE_ON_VICTIM(COERCION_AT_DESTINATION, STRONG, MEANS_FORCE),
    FORCED_INTO_CRIMINAL_ACTIVITIES(COERCION_AT_DESTINATION, MEDIUM, PURPOSE_FORCED_CRIMINALITY),
    THREAT_OF_DENUNCIATION(COERCION_AT_DESTINATION, MEDIUM, MEANS_THREATS),
    THREATS_OF_VIOLENCE(COERCION_AT_DESTINATION, MEDIUM, MEANS_THREATS),
    WITHHOLDING_OF_WAGES(COERCION_AT_DESTINATION, MEDIUM, MEANS_DEBT_BONDAGE, PURPOSE_FORCED_LABOUR),
    THREAT_TO_INFORM_FAMILY(COERCION_AT_DESTINATION, WEAK, MEANS_THREATS, MEANS_PSYCHOLOGICAL_PRESSURE),

    // Abuse of vulnerability at destination
    DEPENDENCY_ON_EXPLOITERS(ABUSE_OF_VULNERABILITY_AT_DESTINATION, MEDIUM, MEANS_ABUSE_OF_VULNERABILITY),
    DIFFICULTY_LIVING_IN_UNKNOWN_AREA(ABUSE_OF_VULNERABILITY_AT_DESTINATION, MEDIUM, MEANS_ABUSE_OF_VULNERABILITY),
    DESTINATION_ECONOMIC_REASONS(ABUSE_OF_VULNERABILITY_AT_DESTINATION, MEDIUM, MEANS_ABUSE_OF_VULNERABILITY, VULN_DESTITUTE),
    RELATIONSHIP_WITH_AUTHORITIES(ABUSE_OF_VULNERABILITY_AT_DESTINATION, MEDIUM, MEANS_ABUSE_OF_VULNERABILITY),
    DIFFICULTIES_IN_THE_PAST(ABUSE_OF_VULNERABILITY_AT_DESTINATION, WEAK, MEANS_ABUSE_OF_VULNERABILITY),
    DIFFICULTY_TO_PLAN_THE_FUTURE(ABUSE_OF_VULNERABILITY_AT_DESTINATION, WEAK, MEANS_ABUSE_OF_VULNERABILITY);

    private final IndicatorDimension dimension;
    private final IndicatorStrength strength;
    private final List<Fact> suggestedFacts;

    Indicator(IndicatorDimension dimension, IndicatorStrength strength, Fact... suggestedFacts) {
        this.dimension = dimension;
        this.strength = strength;
        this.suggestedFacts = List.of(suggestedFacts);
    }

    public IndicatorDimension dimension() {
        return dimension;
    }

    public IndicatorStrength strength() {
        return strength;
    }

    /** The facts this indicator suggests asking about. */
    public List<Fact> suggestedFacts() {
        return suggestedFacts;
    }

    public static List<Indicator> inDimension(IndicatorDimension dimension) {
        return Arrays.stream(values()).filter(indicator -> indicator.dimension == dimension).toList();
    }

    public static Optional<Indicator> fromCode(String code) {
        return Arrays.stream(values()).filter(indicator -> indicator.name().equals(code)).findFirst();
    }
}
