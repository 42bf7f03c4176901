package org.rabta.screening;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Stamp;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.CompetentAgency;
import org.rabta.screening.engine.Elements;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;
import org.rabta.screening.engine.Flag;
import org.rabta.screening.engine.Outcome;
import org.rabta.screening.engine.ScreeningInput;
import org.rabta.screening.engine.ScreeningResult;

/**
 * One screening of a case: every fact with its answer, the age used, what the engine concluded under the rule
 * set then in force (kept as it was, so a later change of law does not rewrite history), the determination a
 * person made, and who did each step when.
 */
@Entity
@Table(name = "screening")
public class Screening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScreeningStatus status;

    @Column(name = "ruleset_version", nullable = false)
    private String rulesetVersion;

    @Column(name = "age_years")
    private Integer ageYears;

    /** Every fact the rule set knows, with YES, NO or UNKNOWN: what was asked, not only what was answered. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "screening_fact", joinColumns = @JoinColumn(name = "screening_id"))
    @MapKeyColumn(name = "fact_code")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false)
    @Enumerated(EnumType.STRING)
    private Map<Fact, Answer> facts = new EnumMap<>(Fact.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "element_act", nullable = false)
    private Answer elementAct;

    @Enumerated(EnumType.STRING)
    @Column(name = "element_means", nullable = false)
    private Answer elementMeans;

    @Enumerated(EnumType.STRING)
    @Column(name = "element_purpose", nullable = false)
    private Answer elementPurpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "element_child", nullable = false)
    private Answer elementChild;

    @Enumerated(EnumType.STRING)
    @Column(name = "element_trafficking", nullable = false)
    private Answer elementTrafficking;

    @Enumerated(EnumType.STRING)
    @Column(name = "element_smuggling", nullable = false)
    private Answer elementSmuggling;

    @Enumerated(EnumType.STRING)
    @Column(name = "element_irregular", nullable = false)
    private Answer elementIrregular;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(30)[]")
    private String[] flags = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(name = "competent_agency", nullable = false)
    private CompetentAgency competentAgency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(60)[]")
    private String[] indicators = new String[0];

    @Enumerated(EnumType.STRING)
    private Outcome determination;

    @Column(name = "determination_reason")
    private String determinationReason;

    @Column(name = "supervisor_comment")
    private String supervisorComment;

    @Embedded
    @EmbeddedColumnNaming("created_%s")
    private Stamp created;

    @Embedded
    @EmbeddedColumnNaming("updated_%s")
    private Stamp updated;

    @Embedded
    @EmbeddedColumnNaming("submitted_%s")
    private Stamp submitted;

    @Embedded
    @EmbeddedColumnNaming("reviewed_%s")
    private Stamp reviewed;

    protected Screening() {
    }

    Screening(long caseId, String caseNumber, RabtaUser user, Instant now) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.status = ScreeningStatus.DRAFT;
        this.created = Stamp.of(user, now);
        this.updated = created;
    }

    /** Takes the answers, the age and the engine's result for them; the determination is set separately. */
    void record(ScreeningInput input, ScreeningResult result, Set<String> indicatorCodes, RabtaUser user, Instant now) {
        ageYears = input.age();
        facts.clear();
        for (Fact fact : Fact.values()) {
            facts.put(fact, input.facts().get(fact));
        }
        rulesetVersion = result.rulesetVersion();
        outcome = result.outcome();
        Elements elements = result.elements();
        elementAct = elements.act();
        elementMeans = elements.means();
        elementPurpose = elements.purpose();
        elementChild = elements.child();
        elementTrafficking = elements.trafficking();
        elementSmuggling = elements.smuggling();
        elementIrregular = elements.irregularMigration();
        flags = result.flags().stream().map(Flag::name).toArray(String[]::new);
        competentAgency = result.competentAgency();
        indicators = new TreeSet<>(indicatorCodes).toArray(String[]::new);
        updated = Stamp.of(user, now);
    }

    void saveAsDraft(Outcome chosen, String reason) {
        status = ScreeningStatus.DRAFT;
        determination = chosen;
        determinationReason = reason;
    }

    void submit(Outcome chosen, String reason, RabtaUser user, Instant now) {
        status = ScreeningStatus.SUBMITTED;
        determination = chosen;
        determinationReason = reason;
        submitted = Stamp.of(user, now);
    }

    void confirm(RabtaUser user, Instant now) {
        status = ScreeningStatus.CONFIRMED;
        review(user, now);
    }

    void giveBack(String comment, RabtaUser user, Instant now) {
        status = ScreeningStatus.RETURNED;
        supervisorComment = comment;
        review(user, now);
    }

    private void review(RabtaUser user, Instant now) {
        reviewed = Stamp.of(user, now);
        updated = reviewed;
    }

    /** What the engine decides from, rebuilt from the stored answers. */
    public ScreeningInput input() {
        return new ScreeningInput(ageYears, Facts.of(facts));
    }

    public Elements elements() {
        return new Elements(elementAct, elementMeans, elementPurpose, elementChild, elementTrafficking, elementSmuggling,
                elementIrregular);
    }

    public List<Flag> flagList() {
        return Arrays.stream(flags).map(Flag::valueOf).toList();
    }

    public Set<String> indicatorCodes() {
        return new TreeSet<>(Arrays.asList(indicators));
    }

    /** The determination differs from what the engine concluded (and so carries a reason). */
    public boolean isOverride() {
        return determination != null && determination != outcome;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public long getVersion() {
        return version;
    }

    public ScreeningStatus getStatus() {
        return status;
    }

    public String getRulesetVersion() {
        return rulesetVersion;
    }

    public Integer getAgeYears() {
        return ageYears;
    }

    public Map<Fact, Answer> getFacts() {
        return facts;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public CompetentAgency getCompetentAgency() {
        return competentAgency;
    }

    public Outcome getDetermination() {
        return determination;
    }

    public String getDeterminationReason() {
        return determinationReason;
    }

    public String getSupervisorComment() {
        return supervisorComment;
    }

    public Stamp getCreated() {
        return created;
    }

    public Stamp getUpdated() {
        return updated;
    }

    /** Null until the screening is submitted. */
    public Stamp getSubmitted() {
        return submitted;
    }

    /** Null until a supervisor confirms the screening or gives it back. */
    public Stamp getReviewed() {
        return reviewed;
    }
}
