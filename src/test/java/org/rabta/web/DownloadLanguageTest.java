package org.rabta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.UserAccountService;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code ?lang=} on a download renders that file in the language asked and nothing else: the user's remembered
 * language (their profile and the language cookie) stays as it was, so their next page is in their own language.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class DownloadLanguageTest {

    private static final String LANGUAGE_COOKIE = "rabta-lang";

    private final MockMvc mvc;

    private final UserAccountService accounts;

    private final UserDetailsService users;

    private final JdbcClient jdbc;

    private RabtaUser newAnalyst() {
        String username = "analyst." + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithPassword(username, "Download Reader", "RABTA-ADMIN", Set.of(Role.ANALYST),
                "A-long-password-2026", false);
        return (RabtaUser) users.loadUserByUsername(username);
    }

    /** The analyst's request asking for Urdu with ?lang=ur, answered 200. */
    private MockHttpServletResponse readInUrdu(RabtaUser analyst, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.param("lang", "ur").with(user(analyst))).andExpect(status().isOk()).andReturn().getResponse();
    }

    private String rememberedLanguage(RabtaUser user) {
        return jdbc.sql("select preferred_locale from app_user where id = :id").param("id", user.id())
                .query(String.class).optional().orElse(null);
    }

    @Test
    void anUrduPdfLeavesTheRememberedLanguageAlone() throws Exception {
        RabtaUser analyst = newAnalyst();

        MockHttpServletResponse pdf = readInUrdu(analyst, get("/statistics/annual.pdf").param("year", "2020"));

        assertThat(new String(pdf.getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                .as("written in Urdu, with the Urdu font").contains("NotoNaskhArabic");
        assertThat(pdf.getCookie(LANGUAGE_COOKIE)).as("no language cookie").isNull();
        assertThat(rememberedLanguage(analyst)).as("profile").isNull();
    }

    @Test
    void anUrduCsvOrXlsxLeavesTheRememberedLanguageAlone() throws Exception {
        RabtaUser analyst = newAnalyst();

        for (String extension : new String[] {"csv", "xlsx"}) {
            MockHttpServletResponse file = readInUrdu(analyst, get("/statistics/export/province." + extension));
            assertThat(file.getCookie(LANGUAGE_COOKIE)).as("no language cookie for %s", extension).isNull();
            if (extension.equals("csv")) {
                assertThat(file.getContentAsString(StandardCharsets.UTF_8)).as("Urdu headings").containsPattern("[\\u0600-\\u06FF]");
            }
        }
        assertThat(rememberedLanguage(analyst)).isNull();
    }

    @Test
    void onAPageTheChoiceIsStillRemembered() throws Exception {
        RabtaUser analyst = newAnalyst();

        MockHttpServletResponse page = readInUrdu(analyst, get("/statistics/annual").param("year", "2020"));

        assertThat(page.getCookie(LANGUAGE_COOKIE)).isNotNull();
        assertThat(page.getCookie(LANGUAGE_COOKIE).getValue()).isEqualTo("ur");
        assertThat(rememberedLanguage(analyst)).isEqualTo("ur");
    }
}
