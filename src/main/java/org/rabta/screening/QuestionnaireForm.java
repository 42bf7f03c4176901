package org.rabta.screening;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;
import org.rabta.screening.engine.Outcome;
import org.rabta.screening.engine.ScreeningInput;
import org.rabta.screening.indicators.Indicator;

/**
 * The questionnaire as posted: one radio group per fact ({@code facts[ACT_RECRUITED]=YES}), the age when the case
 * records none, the ticked indicators, and the determination with its reason. {@code caseAge} carries the case's
 * age for the live result only; saving always takes the age from the case.
 */
public class QuestionnaireForm {

    private Integer age;
    private Integer caseAge;
    private Map<String, String> facts = new LinkedHashMap<>();
    private List<String> indicators = List.of();
    private String determination;
    private String reason;
    private Long version;

    static QuestionnaireForm of(Screening screening) {
        QuestionnaireForm form = new QuestionnaireForm();
        screening.getFacts().forEach((fact, answer) -> form.facts.put(fact.name(), answer.name()));
        form.indicators = List.copyOf(screening.indicatorCodes());
        form.determination = screening.getDetermination() == null || !screening.isOverride()
                ? null : screening.getDetermination().name();
        form.reason = screening.getDeterminationReason();
        form.version = screening.getVersion();
        return form;
    }

    Facts toFacts() {
        Map<Fact, Answer> answers = new LinkedHashMap<>();
        facts.forEach((code, value) -> Fact.fromCode(code).ifPresent(fact ->
                answers.put(fact, Answer.fromCode(value == null ? "" : value).orElse(Answer.UNKNOWN))));
        return Facts.of(answers);
    }

    Set<Indicator> toIndicators() {
        Set<Indicator> ticked = new LinkedHashSet<>();
        indicators.forEach(code -> Indicator.fromCode(code).ifPresent(ticked::add));
        return ticked.isEmpty() ? EnumSet.noneOf(Indicator.class) : EnumSet.copyOf(ticked);
    }

    Optional<Outcome> toDetermination() {
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equals(determination)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    /** What the live result is computed from; an age outside the engine's range counts as unknown. */
    ScreeningInput previewInput() {
        Integer used = age != null ? age : caseAge;
        if (used != null && (used < ScreeningInput.MIN_AGE || used > ScreeningInput.MAX_AGE)) {
            used = null;
        }
        return new ScreeningInput(used, toFacts());
    }

    ScreeningCommand toCommand(boolean draft) {
        return new ScreeningCommand(age, toFacts(), toIndicators(), toDetermination().orElse(null), reason, draft);
    }

    /** The answer shown for a fact: what was posted, or "not known". */
    public String answer(Fact fact) {
        return facts.getOrDefault(fact.name(), Answer.UNKNOWN.name());
    }

    public boolean ticked(Indicator indicator) {
        return indicators.contains(indicator.name());
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public Integer getCaseAge() {
        return caseAge;
    }

    public void setCaseAge(Integer caseAge) {
        this.caseAge = caseAge;
    }

    public Map<String, String> getFacts() {
        return facts;
    }

    public void setFacts(Map<String, String> facts) {
        this.facts = facts;
    }

    public List<String> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<String> indicators) {
        this.indicators = indicators == null ? List.of() : indicators;
    }

    public String getDetermination() {
        return determination;
    }

    public void setDetermination(String determination) {
        this.determination = determination;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
