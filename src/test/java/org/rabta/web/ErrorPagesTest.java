package org.rabta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every error page is in the reader's language, with no unresolved message and no stack trace: those the
 * framework renders (403 from the security rules, 404 for an unknown address, 500, 405) and the 400 of a
 * malformed request, which names the input.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class ErrorPagesTest {

    private final MockMvc mvc;
    private final MessageSource messages;
    private final UserDetailsService users;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"400, en", "403, en", "404, en", "405, en", "500, en", "400, ur", "403, ur", "404, ur", "405, ur", "500, ur"})
    void theFrameworksErrorPagesAreTranslated(int status, String language) throws Exception {
        // what the servlet container forwards to /error after a sendError or an unhandled exception
        MockHttpServletResponse response = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .cookie(new Cookie("rabta-lang", language))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/cases")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("at org.rabta.Secret"))
                        .with(user(users.loadUserByUsername("fia.lahore"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        String key = status == 405 ? "error.generic" : "error." + status;
        assertTranslated(page, key, language);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "ur"})
    void aMalformedParameterIsA400PageNamingIt(String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/cases").param("sort", "FOO").accept(MediaType.TEXT_HTML)
                        .cookie(new Cookie("rabta-lang", language))
                        .with(user(users.loadUserByUsername("fia.lahore"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertTranslated(page, "error.400", language);
        assertThat(page.select("main bdi").text()).isEqualTo("sort");
        assertThat(page.select("main").text()).contains(messages.getMessage("error.input", new Object[] {"sort"}, Locale.of(language)));
    }

    private void assertTranslated(Document page, String key, String language) {
        Locale locale = Locale.of(language);
        assertThat(page.select("html").attr("lang")).isEqualTo(language);
        assertThat(page.select("html").attr("dir")).isEqualTo(language.equals("ur") ? "rtl" : "ltr");
        assertThat(page.select("main h1").text()).isEqualTo(messages.getMessage(key + ".title", null, locale));
        assertThat(page.select("main").text()).contains(messages.getMessage(key + ".text", null, locale));
        assertThat(page.html()).doesNotContain("??").doesNotContain("org.rabta").doesNotContain("Exception");
        assertThat(page.select(".alert")).isEmpty();
    }
}
