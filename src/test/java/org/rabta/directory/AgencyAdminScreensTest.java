package org.rabta.directory;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rabta.support.Districts.KARACHI_SOUTH;
import static org.rabta.support.Districts.KASUR;
import static org.rabta.support.Districts.LAHORE;
import static org.rabta.support.Districts.PUNJAB;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@WithUserDetails("admin")
@RequiredArgsConstructor
class AgencyAdminScreensTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;
    private final AgencyService agencies;
    private final JdbcClient jdbc;

    @Test
    void listSearchesByNameOrCode() throws Exception {
        mvc.perform(get("/admin/agencies").param("q", "shelter"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NGO-LHR-SHELTER")))
                .andExpect(content().string(not(containsString("FIA-AHTC-KHI"))));
        mvc.perform(get("/admin/agencies").param("q", "ahtc"))
                .andExpect(content().string(containsString("FIA-AHTC-KHI")))
                .andExpect(content().string(containsString("FIA-AHTC-LHR")));
    }

    @Test
    void anAgencyWithDistrictsServicesAndAnUrduNameIsCreatedAndAudited() throws Exception {
        String code = uniqueCode();
        MvcResult created = mvc.perform(agencyForm(post("/admin/agencies"), code, "DISTRICTS", PUNJAB, LAHORE, KASUR)
                        .param("nameUr", "دارالامان لاہور").param("services", "SHELTER", "LEGAL_AID"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "admin.agency.created"))
                .andReturn();
        Agency agency = agencies.byCode(code);
        assertThat(agency.getDistrictCodes()).containsExactlyInAnyOrder(LAHORE, KASUR);
        assertThat(agency.getServices()).containsExactlyInAnyOrder(ServiceType.SHELTER, ServiceType.LEGAL_AID);
        assertThat(agency.getNameUr()).isEqualTo("دارالامان لاہور");
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/agencies/" + agency.getId());
        mvc.perform(get("/admin/agencies/" + agency.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"دارالامان لاہور\"")));
        assertThat(auditActions(code)).containsExactly("AGENCY_CREATED");
    }

    @Test
    void aTakenCodeIsRefusedWhateverItsCase() throws Exception {
        mvc.perform(agencyForm(post("/admin/agencies"), "PB-SWD", "NATIONAL", null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content().string(containsString("Another agency already has the code PB-SWD.")));
    }

    @Test
    void jurisdictionRulesAreShownBesideTheirFields() throws Exception {
        String code = uniqueCode();
        mvc.perform(agencyForm(post("/admin/agencies"), code, "PROVINCE", null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"provinceCode-error\"")))
                .andExpect(content().string(containsString("Choose the province the agency works in.")));
        mvc.perform(agencyForm(post("/admin/agencies"), code, "DISTRICTS", PUNJAB))
                .andExpect(content().string(containsString("id=\"districtCodes-error\"")))
                .andExpect(content().string(containsString("Choose at least one district.")));
        mvc.perform(agencyForm(post("/admin/agencies"), code, "DISTRICTS", PUNJAB, LAHORE, KARACHI_SOUTH))
                .andExpect(content().string(containsString("South Karachi is not in the chosen province.")));
        mvc.perform(agencyForm(post("/admin/agencies"), "bad code", "NATIONAL", null).param("lang", "ur"))
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content().string(containsString("بڑے حروف، ہندسے اور ڈیش")));
        assertThat(agencies.findByCode(code)).isEmpty();
    }

    @Test
    void aStaleEditKeepsTheInputAndNamesWhoSavedFirst() throws Exception {
        Agency agency = created("NATIONAL", null);
        long version = agency.getVersion();
        mvc.perform(agencyForm(post("/admin/agencies/" + agency.getId()), agency.getCode(), "PROVINCE", PUNJAB)
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(agencyForm(post("/admin/agencies/" + agency.getId()), agency.getCode(), "NATIONAL", null)
                        .with(request -> {
                            request.setParameter("name", "My stale name");
                            return request;
                        }).param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("Last saved by admin")))
                .andExpect(content().string(containsString("value=\"My stale name\"")));
        Agency saved = agencies.agency(agency.getId());
        assertThat(saved.getJurisdictionLevel()).isEqualTo(JurisdictionLevel.PROVINCE);
        assertThat(saved.getProvinceCode()).isEqualTo(PUNJAB);
    }

    /** Pages name an agency from memory ({@link AgencyService#label}); a rename made here shows at once. */
    @Test
    void aRenamedAgencyIsNamedByItsNewNameAtOnce() throws Exception {
        Agency agency = created("NATIONAL", null);
        assertThat(agencies.label(agency.getId()).name()).isEqualTo("Test Agency " + agency.getCode());
        mvc.perform(agencyForm(post("/admin/agencies/" + agency.getId()), agency.getCode(), "NATIONAL", null)
                        .param("nameUr", "نیا نام").param("version", String.valueOf(agency.getVersion()))
                        .with(request -> {
                            request.setParameter("name", "Renamed Agency");
                            return request;
                        }))
                .andExpect(status().is3xxRedirection());
        assertThat(agencies.label(agency.getId())).isEqualTo(new Agency.Label(agency.getCode(), "Renamed Agency", "نیا نام", AgencyType.NGO));
    }

    @Test
    void deactivatedAgenciesLeaveTheApiAndComeBackWhenReactivated() throws Exception {
        Agency agency = created("NATIONAL", null);
        mvc.perform(post("/admin/agencies/" + agency.getId() + "/deactivate").with(csrf()))
                .andExpect(flash().attribute("success", "admin.agency.deactivated"));
        assertThat(agencies.agency(agency.getId()).isActive()).isFalse();
        assertThat(agencies.activeAgenciesWithDetails()).extracting(Agency::getCode).doesNotContain(agency.getCode());
        mvc.perform(post("/admin/agencies/" + agency.getId() + "/reactivate").with(csrf()))
                .andExpect(flash().attribute("success", "admin.agency.reactivated"));
        assertThat(agencies.activeAgenciesWithDetails()).extracting(Agency::getCode).contains(agency.getCode());
        assertThat(auditActions(agency.getCode())).containsExactly("AGENCY_CREATED", "AGENCY_DEACTIVATED", "AGENCY_REACTIVATED");
    }

    @Test
    void theAgencyOfTheLastActiveAdministratorsCannotBeDeactivated() throws Exception {
        // Every active admin outside RABTA-ADMIN would keep Rabta administrable; tests share the database, so retire them.
        List<Long> adminsElsewhere = jdbc.sql("""
                select u.id from app_user u join app_user_role r on r.user_id = u.id join agency a on a.id = u.agency_id
                where r.role = 'ADMIN' and u.active and a.code <> 'RABTA-ADMIN'""").query(Long.class).list();
        assertThat(adminsElsewhere).as("no test creates admins outside RABTA-ADMIN").isEmpty();
        Agency administration = agencies.byCode("RABTA-ADMIN");
        mvc.perform(post("/admin/agencies/" + administration.getId() + "/deactivate").with(csrf()))
                .andExpect(flash().attribute("error", "admin.agency.error.lastAdminAgency"));
        assertThat(agencies.agency(administration.getId()).isActive()).isTrue();
    }

    @Test
    @WithUserDetails("ngo.lahore")
    void nobodyButAnAdminReachesAgencyAdministration() throws Exception {
        mvc.perform(get("/admin/agencies")).andExpect(status().isForbidden());
        mvc.perform(agencyForm(post("/admin/agencies"), uniqueCode(), "NATIONAL", null)).andExpect(status().isForbidden());
    }

    private Agency created(String level, String province, String... districts) throws Exception {
        String code = uniqueCode();
        mvc.perform(agencyForm(post("/admin/agencies"), code, level, province, districts)).andExpect(status().is3xxRedirection());
        return agencies.byCode(code);
    }

    private static MockHttpServletRequestBuilder agencyForm(MockHttpServletRequestBuilder request, String code, String level,
                                                            String province, String... districts) {
        request.with(csrf()).param("code", code).param("name", "Test Agency " + code).param("type", "NGO")
                .param("jurisdictionLevel", level).param("phone", "042-111 222").param("email", "desk@example.org");
        if (province != null) {
            request.param("provinceCode", province);
        }
        if (districts.length > 0) {
            request.param("districtCodes", districts);
        }
        return request;
    }

    private List<String> auditActions(String code) {
        return jdbc.sql("select action from audit_event where target_type = 'AGENCY' and target_id = :c order by id")
                .param("c", code).query(String.class).list();
    }

    private static String uniqueCode() {
        return "TEST-AG-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
    }
}
