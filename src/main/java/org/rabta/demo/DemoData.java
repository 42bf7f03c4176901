package org.rabta.demo;

import static org.rabta.demo.DemoPlaces.LAHORE;
import static org.rabta.demo.DemoPlaces.PUNJAB;
import static org.rabta.demo.DemoPlaces.SINDH;

import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.Role;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccountService;
import org.rabta.directory.AgencyForm;
import org.rabta.directory.AgencyService;
import org.rabta.directory.AgencyType;
import org.rabta.directory.Eligibility;
import org.rabta.directory.JurisdictionLevel;
import org.rabta.directory.ServiceDirectory;
import org.rabta.directory.ServiceListing;
import org.rabta.directory.ServiceOfferForm;
import org.rabta.directory.ServiceType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo agencies and users (profile {@code demo}, on for {@code ./mvnw spring-boot:run}, never in
 * production). Idempotent: what exists already is left alone, so restarts keep the data.
 */
@Component
@Profile("demo")
@Order(10)
@RequiredArgsConstructor
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AgencyService agencies;
    private final ServiceDirectory directory;
    private final UserAccountService accounts;
    @Value("${rabta.demo.password}")
    private final String password;

    @Override
    public void run(ApplicationArguments args) {
        SystemIdentity.run(() -> {
            demoAgencies().forEach(this::createAgencyIfAbsent);
            demoOffers().forEach(this::recordWhoIsTakenInIfUnrecorded);
            demoUsers().forEach(this::createUserIfAbsent);
        });
        log.info("Demo agencies and users are in place; every demo user signs in with the demo password");
    }

    /**
     * Whom the demo providers take in, where their name says it: an offer without recorded details is open to
     * everyone, which would offer the Child Protection Bureau's shelter to an adult. Details an admin or the
     * agency's supervisor has recorded since are left alone.
     */
    private void recordWhoIsTakenInIfUnrecorded(DemoOffer offer) {
        ServiceListing listing = directory.listing(offer.agencyCode(), offer.type());
        if (!listing.hasDetails()) {
            ServiceOfferForm form = ServiceOfferForm.of(listing);
            form.setEligibility(offer.eligibility());
            directory.update(SystemIdentity.NAME, 0, false, true, offer.agencyCode(), offer.type(), form);
        }
    }

    static List<DemoOffer> demoOffers() {
        Set<Eligibility> womenAndChildren = Set.of(Eligibility.WOMEN, Eligibility.CHILDREN);
        Set<Eligibility> children = Set.of(Eligibility.CHILDREN);
        return List.of(
                new DemoOffer("NGO-LHR-SHELTER", ServiceType.SHELTER, womenAndChildren),
                new DemoOffer("NGO-LHR-SHELTER", ServiceType.PSYCHOSOCIAL, womenAndChildren),
                new DemoOffer("NGO-LHR-SHELTER", ServiceType.LEGAL_AID, womenAndChildren),
                new DemoOffer("PB-CPWB", ServiceType.CHILD_PROTECTION, children),
                new DemoOffer("PB-CPWB", ServiceType.SHELTER, children),
                new DemoOffer("PB-CPWB", ServiceType.EDUCATION, children));
    }

    private void createAgencyIfAbsent(AgencyForm form) {
        if (agencies.findByCode(form.code()).isEmpty()) {
            agencies.create(form);
        }
    }

    private void createUserIfAbsent(DemoUser user) {
        if (!accounts.exists(user.username())) {
            accounts.createWithPassword(user.username(), user.fullName(), user.agencyCode(), user.roles(), password, false);
        }
    }

    static List<AgencyForm> demoAgencies() {
        return List.of(
                agency("RABTA-ADMIN", "Rabta Administration", "رابطہ انتظامیہ", AgencyType.GOVERNMENT_DEPARTMENT,
                        JurisdictionLevel.NATIONAL, null, Set.of(), Set.of(), "051-9201234"),
                agency("FIA-AHTC-LHR", "FIA Anti-Human Trafficking Circle Lahore", "ایف آئی اے انسداد انسانی اسمگلنگ سرکل لاہور",
                        AgencyType.FIA, JurisdictionLevel.PROVINCE, PUNJAB, Set.of(), Set.of(), "042-99211234"),
                agency("FIA-AHTC-KHI", "FIA Anti-Human Trafficking Circle Karachi", "ایف آئی اے انسداد انسانی اسمگلنگ سرکل کراچی",
                        AgencyType.FIA, JurisdictionLevel.PROVINCE, SINDH, Set.of(), Set.of(), "021-99201234"),
                agency("PB-POLICE-LHR", "Punjab Police, Lahore", "پنجاب پولیس، لاہور", AgencyType.POLICE,
                        JurisdictionLevel.DISTRICTS, PUNJAB, Set.of(LAHORE), Set.of(), "042-99212345"),
                agency("NGO-LHR-SHELTER", "Panah Women and Children Shelter, Lahore", "پناہ شیلٹر برائے خواتین و اطفال، لاہور",
                        AgencyType.NGO, JurisdictionLevel.DISTRICTS, PUNJAB, Set.of(LAHORE),
                        Set.of(ServiceType.SHELTER, ServiceType.PSYCHOSOCIAL, ServiceType.LEGAL_AID), "042-35761234"),
                agency("PB-SWD", "Punjab Social Welfare Department", "محکمہ سماجی بہبود پنجاب", AgencyType.GOVERNMENT_DEPARTMENT,
                        JurisdictionLevel.PROVINCE, PUNJAB, Set.of(),
                        Set.of(ServiceType.SHELTER, ServiceType.FINANCIAL_ASSISTANCE, ServiceType.LIVELIHOOD), "042-99203456"),
                agency("PB-CPWB", "Child Protection & Welfare Bureau Punjab", "چائلڈ پروٹیکشن اینڈ ویلفیئر بیورو پنجاب",
                        AgencyType.GOVERNMENT_DEPARTMENT, JurisdictionLevel.PROVINCE, PUNJAB, Set.of(),
                        Set.of(ServiceType.CHILD_PROTECTION, ServiceType.SHELTER, ServiceType.EDUCATION), "1121"));
    }

    static List<DemoUser> demoUsers() {
        return List.of(
                new DemoUser("admin", "Ayesha Siddiqui", "RABTA-ADMIN", Set.of(Role.ADMIN)),
                new DemoUser("fia.lahore", "Imran Qureshi", "FIA-AHTC-LHR", Set.of(Role.CASEWORKER)),
                new DemoUser("fia.lahore.supervisor", "Nadia Chaudhry", "FIA-AHTC-LHR", Set.of(Role.SUPERVISOR)),
                new DemoUser("fia.karachi", "Kamran Memon", "FIA-AHTC-KHI", Set.of(Role.CASEWORKER)),
                new DemoUser("fia.karachi.supervisor", "Sana Baloch", "FIA-AHTC-KHI", Set.of(Role.SUPERVISOR)),
                new DemoUser("police.lahore", "Shahid Iqbal", "PB-POLICE-LHR", Set.of(Role.CASEWORKER)),
                new DemoUser("ngo.lahore", "Saima Butt", "NGO-LHR-SHELTER", Set.of(Role.CASEWORKER)),
                new DemoUser("ngo.lahore.supervisor", "Farah Naz", "NGO-LHR-SHELTER", Set.of(Role.SUPERVISOR)),
                new DemoUser("swd.punjab", "Farhan Malik", "PB-SWD", Set.of(Role.CASEWORKER)),
                new DemoUser("cpwb.punjab", "Rubina Akhtar", "PB-CPWB", Set.of(Role.CASEWORKER)),
                new DemoUser("committee.lahore", "Tariq Javed", "PB-SWD", Set.of(Role.COMMITTEE_MEMBER)),
                new DemoUser("analyst", "Zainab Hussain", "RABTA-ADMIN", Set.of(Role.ANALYST)));
    }

    private static AgencyForm agency(String code, String name, String nameUr, AgencyType type, JurisdictionLevel level,
                                     String province, Set<String> districts, Set<ServiceType> services, String phone) {
        return new AgencyForm(code, name, nameUr, type, level, province, districts, services, null, phone, null, null, null);
    }

    record DemoUser(String username, String fullName, String agencyCode, Set<Role> roles) {
    }

    record DemoOffer(String agencyCode, ServiceType type, Set<Eligibility> eligibility) {
    }
}
