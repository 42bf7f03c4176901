package org.rabta.web;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a reader sees on every page a user reaches: no code of the application (FORCED_LABOUR, CLOSED_REFERRED) or
 * "null" where words belong, and in Urdu each agency that has an Urdu name called by it. The pages are found as a user
 * finds them, following the links of each page from the home page, and the names are those of the agency table, so a
 * page or an agency added tomorrow is checked too. (The referral list, the referral and review pages, a committee's
 * roster, the membership form, the sectors page, the statistics and the user's own menu named agencies in English,
 * and a closed case's timeline showed how it was closed as its code.)
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class PageWordsTest {

    /**
     * Links that leave the pages (downloads, signing out, another language, a file), the audit trail, which shows what
     * was recorded as it was written, and the import page, which documents the codes a CSV file is written with.
     */
    private static final Pattern NOT_A_PAGE = Pattern.compile("^/(logout|api/|webjars/|css/|js/|img/|admin/audit)"
            + "|/audit$|^/cases/import|[?&]lang=|[?&]format=|/(export|download|pdf|csv|print)\\b|/attachments/|\\.(csv|pdf|png|jpg)$");

    /** An enum constant of two words or more, or a null written out. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b|\\bnull\\b");

    private static final int PAGES_PER_USER = 120;

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"ngo.lahore, ur", "fia.lahore.supervisor, ur", "committee.lahore, ur", "police.lahore, ur", "admin, ur",
            "ngo.lahore, en", "fia.lahore.supervisor, en", "committee.lahore, en", "admin, en"})
    void everyPageAUserReachesNamesAgenciesInTheirLanguageAndShowsNoCode(String username, String language) throws Exception {
        List<String> englishNames = language.equals("en") ? List.of()
                : jdbc.sql("select name from agency where name_ur is not null and name_ur <> name").query(String.class).list();

        Set<String> seen = new HashSet<>();
        Deque<String> toRead = new ArrayDeque<>(List.of("/"));
        List<String> wrong = new ArrayList<>();
        while (!toRead.isEmpty() && seen.size() < PAGES_PER_USER) {
            String path = toRead.poll();
            if (!seen.add(path)) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(path).with(user(users.loadUserByUsername(username)))
                    .cookie(new Cookie("rabta-lang", language))).andReturn().getResponse();
            if (response.getStatus() != 200 || response.getContentType() == null || !response.getContentType().startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
            page.select("a[href^=/]").forEach(link -> {
                String href = link.attr("href").replaceFirst("#.*", "");
                if (!href.isEmpty() && !NOT_A_PAGE.matcher(href).find() && !seen.contains(href)) {
                    toRead.add(href);
                }
            });
            page.select("code").remove(); // set apart as codes on purpose: usernames, agency codes, audit actions
            String text = page.select("header, main").text();
            englishNames.stream().filter(text::contains).forEach(name -> wrong.add(path + " names \"" + name + "\""));
            Matcher code = CODE.matcher(text);
            while (code.find()) {
                wrong.add(path + " shows \"" + code.group() + "\" in: "
                        + text.substring(Math.max(0, code.start() - 60), Math.min(text.length(), code.end() + 20)));
            }
        }
        assertThat(seen).as("pages read").hasSizeGreaterThan(5);
        assertThat(wrong).isEmpty();
    }
}
