package org.rabta.web;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An agency that has an Urdu name is called by it on every page a reader of Urdu opens. The pages are found as a user
 * finds them, by following the links of each page from the home page, and the names are those of the agency table,
 * so a page or an agency added tomorrow is checked too. (The referral list, the referral and review pages, the
 * committee roster, the duplicates and the user's own menu named agencies in English only.)
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class AgencyNamesInUrduTest {

    /**
     * Links that leave the pages (downloads, signing out, another language, a file) and the audit trail, which shows
     * what was recorded as it was written.
     */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(logout|api/|webjars/|css/|js/|img/|admin/audit)|[?&]lang=|[?&]format=|/(export|download|pdf|csv|print)\\b|/attachments/|\\.(csv|pdf|png|jpg)$");

    private static final int PAGES_PER_USER = 120;

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ngo.lahore", "fia.lahore.supervisor", "committee.lahore", "police.lahore", "admin"})
    void everyPageAUserReachesNamesAgenciesInUrdu(String username) throws Exception {
        Map<String, String> urduByEnglish = new java.util.HashMap<>();
        jdbc.sql("select name, name_ur from agency where name_ur is not null and name_ur <> name").query()
                .listOfRows().forEach(row -> urduByEnglish.put((String) row.get("name"), (String) row.get("name_ur")));
        assertThat(urduByEnglish).isNotEmpty();

        Set<String> seen = new HashSet<>();
        Deque<String> toRead = new ArrayDeque<>(List.of("/"));
        List<String> english = new ArrayList<>();
        while (!toRead.isEmpty() && seen.size() < PAGES_PER_USER) {
            String path = toRead.poll();
            if (!seen.add(path)) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(path).with(user(users.loadUserByUsername(username)))
                    .cookie(new Cookie("rabta-lang", "ur"))).andReturn().getResponse();
            if (response.getStatus() != 200 || response.getContentType() == null || !response.getContentType().startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
            String text = page.select("header, main").text();
            urduByEnglish.keySet().stream().filter(text::contains)
                    .forEach(name -> english.add(path + " names \"" + name + "\""));
            page.select("a[href^=/]").forEach(link -> {
                String href = link.attr("href").replaceFirst("#.*", "");
                if (!href.isEmpty() && !NOT_A_PAGE.matcher(href).find() && !seen.contains(href)) {
                    toRead.add(href);
                }
            });
        }
        assertThat(seen).as("pages read").hasSizeGreaterThan(5);
        assertThat(english).isEmpty();
    }
}
