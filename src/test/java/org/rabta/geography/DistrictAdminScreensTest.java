package org.rabta.geography;

import java.util.concurrent.atomic.AtomicInteger;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rabta.support.Districts.BALOCHISTAN;
import static org.rabta.support.Districts.SINDH;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@WithUserDetails("admin")
@RequiredArgsConstructor
class DistrictAdminScreensTest {

    /** Unused codes of Balochistan (PK201-PK235 exist) for the districts these tests add. */
    private static final AtomicInteger NEXT_CODE = new AtomicInteger(260);

    private final MockMvc mvc;

    private final GeographyService geography;

    private final JdbcClient jdbc;

    @Test
    void districtsAreListedByProvince() throws Exception {
        mvc.perform(get("/admin/districts").param("province", SINDH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("South Karachi")))
                .andExpect(content().string(containsString("جنوبی کراچی")))
                .andExpect(content().string(not(containsString("Lahore"))));
    }

    @Test
    void keamariTheMissingDistrictOfSindhCanBeAdded() throws Exception {
        mvc.perform(districtForm(post("/admin/districts"), "PK730", SINDH, "Keamari", "کیماڑی").param("latitude", "24.86")
                        .param("longitude", "66.95"))
                .andExpect(redirectedUrl("/admin/districts?province=" + SINDH))
                .andExpect(flash().attribute("success", "admin.district.added"));
        District keamari = geography.district("PK730");
        assertThat(keamari.getNameEn()).isEqualTo("Keamari");
        assertThat(keamari.getNameUr()).isEqualTo("کیماڑی");
        assertThat(keamari.isActive()).isTrue();
        assertThat(geography.activeDistricts()).extracting(District::getCode).contains("PK730");
        mvc.perform(get("/admin/districts").param("province", SINDH)).andExpect(content().string(containsString("Keamari")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'DISTRICT_ADDED' and target_id = 'PK730'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void codesAndNamesMustBeNewAndTheCodeMustBelongToTheProvince() throws Exception {
        mvc.perform(districtForm(post("/admin/districts"), "PK617", "PK6", "Lahore Two", "لاہور دوم"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content().string(containsString("Another district already has the code PK617.")));
        mvc.perform(districtForm(post("/admin/districts"), nextCode(), BALOCHISTAN, "Quetta", "کوئٹہ"))
                .andExpect(content().string(containsString("id=\"nameEn-error\"")))
                .andExpect(content().string(containsString("The province already has a district called Quetta.")));
        mvc.perform(districtForm(post("/admin/districts"), "PK799", BALOCHISTAN, "Somewhere", "کہیں"))
                .andExpect(content().string(containsString("The code PK799 must start with the province code PK2.")));
        mvc.perform(districtForm(post("/admin/districts"), "X1", BALOCHISTAN, "", "").param("latitude", "51.5"))
                .andExpect(content().string(containsString("Use PK, the province digit")))
                .andExpect(content().string(containsString("id=\"nameEn-error\"")))
                .andExpect(content().string(containsString("id=\"latitude-error\"")));
        assertThat(geography.findDistrict("PK799")).isEmpty();
    }

    @Test
    void aDistrictIsRenamedAndRetiredAndAStaleEditIsCaught() throws Exception {
        String code = added("Retiring " + NEXT_CODE.get());
        District district = geography.district(code);
        mvc.perform(districtForm(post("/admin/districts/" + code), code, BALOCHISTAN, "Renamed " + code, "نیا نام")
                        .param("version", String.valueOf(district.getVersion())))
                .andExpect(flash().attribute("success", "admin.district.updated"));
        District renamed = geography.district(code);
        assertThat(renamed.getNameEn()).isEqualTo("Renamed " + code);
        assertThat(renamed.isActive()).as("the unchecked box retires the district").isFalse();
        assertThat(geography.activeDistricts()).extracting(District::getCode).doesNotContain(code);

        mvc.perform(districtForm(post("/admin/districts/" + code), code, BALOCHISTAN, "Stale " + code, "پرانا")
                        .param("version", String.valueOf(district.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("value=\"Stale " + code + "\"")));
        assertThat(geography.district(code).getNameEn()).isEqualTo("Renamed " + code);
    }

    @Test
    @WithUserDetails("analyst")
    void nobodyButAnAdminReachesDistrictAdministration() throws Exception {
        mvc.perform(get("/admin/districts")).andExpect(status().isForbidden());
        mvc.perform(districtForm(post("/admin/districts"), nextCode(), BALOCHISTAN, "Nope", "نہیں")).andExpect(status().isForbidden());
    }

    private String added(String name) throws Exception {
        String code = nextCode();
        mvc.perform(districtForm(post("/admin/districts"), code, BALOCHISTAN, name, "ضلع").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        return code;
    }

    private static MockHttpServletRequestBuilder districtForm(MockHttpServletRequestBuilder request, String code, String province,
                                                              String nameEn, String nameUr) {
        return request.with(csrf()).param("code", code).param("provinceCode", province).param("nameEn", nameEn)
                .param("nameUr", nameUr).param("_active", "on");
    }

    private static String nextCode() {
        return "PK2" + NEXT_CODE.incrementAndGet();
    }
}
