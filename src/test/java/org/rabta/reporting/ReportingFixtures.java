package org.rabta.reporting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccountService;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CaseService;
import org.rabta.cases.ExploitationType;
import org.rabta.cases.HowIdentified;
import org.rabta.cases.Sex;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyForm;
import org.rabta.directory.AgencyService;
import org.rabta.directory.AgencyType;
import org.rabta.directory.ServiceType;
import org.rabta.directory.JurisdictionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Statistics tests need figures nobody else's data can change: each test gets agencies of its own (new codes), so
 * the numbers its staff see are exactly the cases the test registered.
 */
@Component
class ReportingFixtures {

    static final String PASSWORD = "Rabta-fixture-2026";
    static final String LAHORE = "PK617";
    static final String PUNJAB = "PK6";
    static final String SINDH = "PK7";

    private final AgencyService agencies;
    private final UserAccountService accounts;
    private final UserDetailsService users;
    private final CaseService cases;
    private final JdbcClient jdbc;

    ReportingFixtures(AgencyService agencies, UserAccountService accounts, UserDetailsService users, CaseService cases,
                      JdbcClient jdbc) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.users = users;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /** A new national agency of the given type. */
    Agency agency(AgencyType type) {
        return agency(type, JurisdictionLevel.NATIONAL, null, Set.of());
    }

    Agency agency(AgencyType type, JurisdictionLevel level, String province, Set<String> districts) {
        String code = "RPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        AtomicReference<Agency> created = new AtomicReference<>();
        SystemIdentity.run(() -> created.set(agencies.create(new AgencyForm(code, "Statistics test agency " + code, null,
                type, level, province, districts, Set.of(), null, null, null, null, null))));
        return created.get();
    }

    /** A new user of the agency with the roles. */
    RabtaUser user(Agency agency, Role... roles) {
        String username = "rpt." + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithPassword(username, "Statistics Tester", agency.getCode(), EnumSet.of(roles[0], roles),
                PASSWORD, false);
        return (RabtaUser) users.loadUserByUsername(username);
    }

    /** A caseworker and supervisor of a new police agency: sends referrals and links duplicates of its own cases. */
    RabtaUser newPoliceSupervisor() {
        return user(agency(AgencyType.POLICE), Role.CASEWORKER, Role.SUPERVISOR);
    }

    RabtaUser demoUser(String username) {
        return (RabtaUser) users.loadUserByUsername(username);
    }

    /** Registers a case; {@code age} null means no age recorded. */
    VictimCase register(RabtaUser user, LocalDate identifiedOn, String district, Sex sex, Integer age,
                        ExploitationType... types) {
        CaseForm form = form(identifiedOn, district, sex, age, types);
        return cases.register(user, form);
    }

    static CaseForm form(LocalDate identifiedOn, String district, Sex sex, Integer age, ExploitationType... types) {
        CaseForm form = new CaseForm();
        form.setIdentifiedOn(identifiedOn);
        form.setDistrictCode(district);
        form.setHowIdentified(HowIdentified.RESCUE);
        form.setFirstName("Nasreen");
        form.setLastName("Qx" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdefgh").substring(0, 8));
        form.setSex(sex);
        form.setAgeYears(age);
        form.setNationality("PK");
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
