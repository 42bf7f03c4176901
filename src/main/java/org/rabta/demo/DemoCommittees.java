package org.rabta.demo;

import static org.rabta.demo.DemoPlaces.KARACHI_SOUTH;
import static org.rabta.demo.DemoPlaces.LAHORE;
import static org.rabta.demo.DemoPlaces.PUNJAB;
import static org.rabta.demo.DemoPlaces.SINDH;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.SystemIdentity;
import org.rabta.committees.AgencySectors;
import org.rabta.committees.Committee;
import org.rabta.committees.CommitteeForm;
import org.rabta.committees.CommitteeLevel;
import org.rabta.committees.CommitteeService;
import org.rabta.committees.MembershipForm;
import org.rabta.committees.MembershipRole;
import org.rabta.committees.RosterService;
import org.rabta.committees.Sector;
import org.rabta.directory.AgencyForm;
import org.rabta.directory.AgencyService;
import org.rabta.directory.AgencyType;
import org.rabta.directory.JurisdictionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo committees (profile {@code demo}): the national committee, Punjab's and Sindh's, Lahore's and Karachi's,
 * with a Lahore roster whose gaps (no labour or women development department) the roster page shows. Idempotent:
 * a committee that exists is left alone, roster included.
 */
@Component
@Profile("demo")
@Order(60)
@RequiredArgsConstructor
class DemoCommittees implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCommittees.class);
    private static final String LAHORE_ADMINISTRATION = "PB-DC-LHR";

    private final CommitteeService committees;
    private final RosterService rosters;
    private final AgencyService agencies;
    private final AgencySectors sectors;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        SystemIdentity.run(() -> {
            ensure(CommitteeLevel.NATIONAL, null, null, "National Anti-Trafficking Coordination Committee",
                    "قومی انسداد انسانی اسمگلنگ رابطہ کمیٹی");
            ensure(CommitteeLevel.PROVINCIAL, PUNJAB, null, "Punjab Provincial Anti-Trafficking Committee",
                    "پنجاب صوبائی انسداد انسانی اسمگلنگ کمیٹی");
            ensure(CommitteeLevel.PROVINCIAL, SINDH, null, "Sindh Provincial Anti-Trafficking Committee",
                    "سندھ صوبائی انسداد انسانی اسمگلنگ کمیٹی");
            ensure(CommitteeLevel.DISTRICT, null, KARACHI_SOUTH, "Karachi District Anti-Trafficking Committee",
                    "کراچی ضلعی انسداد انسانی اسمگلنگ کمیٹی");
            if (committees.activeFor(CommitteeLevel.DISTRICT, PUNJAB, LAHORE).isEmpty()) {
                Committee lahore = ensure(CommitteeLevel.DISTRICT, null, LAHORE, "Lahore District Anti-Trafficking Committee",
                        "لاہور ضلعی انسداد انسانی اسمگلنگ کمیٹی");
                lahoreRoster(lahore.getId());
            }
        });
        log.info("Demo committees are in place");
    }

    private Committee ensure(CommitteeLevel level, String province, String district, String nameEn, String nameUr) {
        String provinceCode = district == null ? province : district.startsWith(PUNJAB) ? PUNJAB : SINDH;
        return committees.activeFor(level, provinceCode, district)
                .orElseGet(() -> committees.create(new CommitteeForm(level, province, district, nameEn, nameUr, null)));
    }

    private void lahoreRoster(long lahore) {
        if (agencies.findByCode(LAHORE_ADMINISTRATION).isEmpty()) {
            agencies.create(new AgencyForm(LAHORE_ADMINISTRATION, "District Administration Lahore", "ضلعی انتظامیہ لاہور",
                    AgencyType.GOVERNMENT_DEPARTMENT, JurisdictionLevel.DISTRICTS, PUNJAB, Set.of(LAHORE), Set.of(),
                    null, "042-99201000", null, null, null));
        }
        sectors.record(agencies.byCode("PB-SWD"), EnumSet.of(Sector.SOCIAL_WELFARE));
        LocalDate termStart = LocalDate.now(clock).minusMonths(6).withDayOfMonth(1);
        rosters.add(lahore, new MembershipForm(null, "Ali Raza", "Deputy Commissioner Lahore", "042-99201001", null,
                LAHORE_ADMINISTRATION, MembershipRole.CHAIR, termStart, null, null));
        rosters.add(lahore, user("swd.punjab", "Deputy Director, Social Welfare", "PB-SWD", MembershipRole.SECRETARY, termStart));
        rosters.add(lahore, user("committee.lahore", "Assistant Director, Social Welfare", "PB-SWD", MembershipRole.MEMBER, termStart));
        rosters.add(lahore, user("police.lahore", "SP Investigation", "PB-POLICE-LHR", MembershipRole.MEMBER, termStart));
        rosters.add(lahore, user("fia.lahore.supervisor", "Deputy Director, AHTC Lahore", "FIA-AHTC-LHR",
                MembershipRole.FOCAL_PERSON, termStart));
        rosters.add(lahore, user("cpwb.punjab", "Child Protection Officer", "PB-CPWB", MembershipRole.MEMBER, termStart));
        rosters.add(lahore, user("ngo.lahore", "Programme Manager", "NGO-LHR-SHELTER", MembershipRole.MEMBER, termStart));
    }

    private static MembershipForm user(String username, String designation, String agencyCode, MembershipRole role,
                                       LocalDate from) {
        return new MembershipForm(username, null, designation, null, null, agencyCode, role, from, null, null);
    }
}
