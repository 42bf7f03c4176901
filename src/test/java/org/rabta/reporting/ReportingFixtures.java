package org.rabta.reporting;

import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.LAHORE;
import static org.rabta.support.Principals.asSystem;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CasesApi;
import org.rabta.cases.ExploitationType;
import org.rabta.cases.Sex;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyForm;
import org.rabta.directory.AgencyService;
import org.rabta.directory.AgencyType;
import org.rabta.directory.ServiceType;
import org.rabta.directory.JurisdictionLevel;
import org.rabta.committees.Committee;
import org.rabta.committees.CommitteeForm;
import org.rabta.committees.CommitteeLevel;
import org.rabta.committees.CommitteeService;
import org.rabta.committees.MembershipForm;
import org.rabta.committees.MembershipRole;
import org.rabta.committees.RosterService;
import org.rabta.geography.GeographyService;
import org.rabta.support.CaseForms;
import org.rabta.support.Principals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Statistics tests need figures nobody else's data can change: each test gets agencies of its own (new codes), so
 * the numbers its staff see are exactly the cases the test registered.
 */
@Component
@RequiredArgsConstructor
class ReportingFixtures {

    private final AgencyService agencies;
    private final Principals principals;
    private final CasesApi cases;
    private final CommitteeService committees;
    private final RosterService rosters;
    private final GeographyService geography;
    private final JdbcClient jdbc;

    /** An exact count, as the owning agency sees every count. */
    static Count exact(long n) {
        return Count.exact(n);
    }

    /** Victim figures all exact, in the order of {@link VictimFigures}. */
    static VictimFigures exactFigures(long total, long women, long men, long girls, long boys, long children,
                                      long transgender, long notRecorded) {
        return new VictimFigures(exact(total), exact(women), exact(men), exact(girls), exact(boys), exact(children),
                exact(transgender), exact(notRecorded));
    }

    /** The figures of the dashboard table's row, found by its message key or its text. */
    static List<Long> values(Dashboard dashboard, String table, String label) {
        return dashboard.table(table).orElseThrow().rows().stream()
                .filter(row -> label.equals(row.labelKey()) || label.equals(row.labelText()))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label + " in " + table)).values()
                .stream().map(Count::value).toList();
    }

    /**
     * A new COMMITTEE_MEMBER of a new government department holding a term since yesterday on the active committee
     * of the jurisdiction: a province ({@code district} null) or a district.
     */
    RabtaUser committeeMember(String province, String district) {
        return committeeMember(province, district, today().minusDays(1), null);
    }

    /** As {@link #committeeMember(String, String)}, with the term from {@code from} to {@code to} (null: open-ended). */
    RabtaUser committeeMember(String province, String district, LocalDate from, LocalDate to) {
        RabtaUser member = user(agency(AgencyType.GOVERNMENT_DEPARTMENT), Role.COMMITTEE_MEMBER);
        term(member, province, district, from, to);
        return member;
    }

    /** A MEMBER term for the user on the active committee of the jurisdiction (the existing one, or a new one). */
    synchronized void term(RabtaUser member, String province, String district, LocalDate from, LocalDate to) {
        CommitteeLevel level = district == null ? CommitteeLevel.PROVINCIAL : CommitteeLevel.DISTRICT;
        Committee committee = committees.activeFor(level, province, district).orElseGet(() -> {
            String name = district == null ? geography.province(province).getNameEn() : geography.district(district).getNameEn();
            return asSystem(() -> committees.create(new CommitteeForm(level, district == null ? province : null,
                    district, name + " Statistics Test Committee", "کمیٹی " + name, null)));
        });
        asSystem(() -> rosters.add(committee.getId(), new MembershipForm(member.username(), null, "Officer", null,
                null, member.agencyCode(), MembershipRole.MEMBER, from, to, null)));
    }

    /** A new national agency of the given type. */
    Agency agency(AgencyType type) {
        return agency(type, JurisdictionLevel.NATIONAL, null, Set.of());
    }

    Agency agency(AgencyType type, JurisdictionLevel level, String province, Set<String> districts) {
        String code = "RPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return asSystem(() -> agencies.create(new AgencyForm(code, "Statistics test agency " + code, null,
                type, level, province, districts, Set.of(), null, null, null, null, null)));
    }

    /** A new user of the agency with the roles. */
    RabtaUser user(Agency agency, Role... roles) {
        return principals.newUser(agency.getCode(), roles);
    }

    /** A caseworker of a new national agency of the type. */
    RabtaUser newCaseworker(AgencyType type) {
        return user(agency(type), Role.CASEWORKER);
    }

    /** A caseworker and supervisor of a new police agency: sends referrals and links duplicates of its own cases. */
    RabtaUser newPoliceSupervisor() {
        return user(agency(AgencyType.POLICE), Role.CASEWORKER, Role.SUPERVISOR);
    }

    RabtaUser demoUser(String username) {
        return principals.user(username);
    }

    /** A woman of 30 identified in Lahore on the day, of the user's agency. */
    VictimCase register(RabtaUser user, LocalDate identifiedOn) {
        return register(user, identifiedOn, LAHORE, Sex.FEMALE, 30);
    }

    /** Registers a case; {@code age} null means no age recorded. */
    VictimCase register(RabtaUser user, LocalDate identifiedOn, String district, Sex sex, Integer age,
                        ExploitationType... types) {
        CaseForm form = form(identifiedOn, district, sex, age, types);
        return cases.register(user, form);
    }

    static CaseForm form(LocalDate identifiedOn, String district, Sex sex, Integer age, ExploitationType... types) {
        CaseForm form = CaseForms.rescued("Nasreen", identifiedOn, district, age);
        form.setSex(sex);
        form.setExploitationTypes(types.length == 0 ? EnumSet.noneOf(ExploitationType.class) : EnumSet.of(types[0], types));
        return form;
    }

    /**
     * A referral of the case from the user's agency to another, sent at {@code sentAt} (a DRAFT when null). Written
     * as a row, not through the referral screens, so that tests can place it at any instant of any year.
     */
    long refer(RabtaUser from, VictimCase victimCase, Agency to, ServiceType type, Instant sentAt) {
        Instant createdAt = sentAt == null ? Instant.now() : sentAt;
        return jdbc.sql("""
                        insert into referral (case_id, case_number, case_province_code, case_district_code, child,
                                              from_agency_id, to_agency_id, service_type, urgency, status,
                                              created_by_id, created_by_name, created_at, sent_at, due_at,
                                              last_activity_at)
                        values (:caseId, :caseNumber, :province, :district, false, :from, :to, :type, 'NORMAL',
                                :status, :userId, :userName, :createdAt, :sentAt, :dueAt, :createdAt)
                        returning id""")
                .param("caseId", victimCase.getId())
                .param("caseNumber", victimCase.getCaseNumber())
                .param("province", victimCase.getProvinceCode())
                .param("district", victimCase.getDistrictCode())
                .param("from", from.agencyId())
                .param("to", to.getId())
                .param("type", type.name())
                .param("status", sentAt == null ? "DRAFT" : "SENT")
                .param("userId", from.id())
                .param("userName", from.fullName())
                .param("createdAt", Timestamp.from(createdAt))
                .param("sentAt", sentAt == null ? null : Timestamp.from(sentAt))
                .param("dueAt", sentAt == null ? null : Timestamp.from(sentAt.plus(Duration.ofDays(7))))
                .query(Long.class)
                .single();
    }
}
