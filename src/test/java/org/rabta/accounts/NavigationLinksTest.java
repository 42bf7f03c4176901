package org.rabta.accounts;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The navigation against the rights it stands for, for every active user of the demo data (so for every role and
 * combination the data holds): each link a user is shown opens for that user, and each link shown to someone with
 * other roles is refused to a user without those roles, so that a role's links and its rights cannot drift apart.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class NavigationLinksTest {

    /**
     * Links shown by relevance, not by role: the page opens for everyone signed in and lists only what concerns them
     * (the referrals due for their review; the committees where they hold a term), so it is empty for the others.
     */
    private static final Set<String> SHOWN_BY_RELEVANCE = Set.of("/review", "/committees");

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    @Test
    void everyUserIsShownExactlyTheLinksTheyMayOpen() throws Exception {
        List<String> usernames = jdbc.sql("""
                select u.username from app_user u join agency a on a.id = u.agency_id
                where u.active and a.active and not u.must_change_password order by u.username""")
                .query(String.class).list();
        Map<String, Set<String>> linksByUser = new LinkedHashMap<>();
        for (String username : usernames) {
            linksByUser.put(username, navigationLinks(username));
        }
        Set<String> everyLink = new LinkedHashSet<>();
        linksByUser.values().forEach(everyLink::addAll);
        assertThat(everyLink).contains("/cases", "/statistics", "/committees", "/admin/users");

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : linksByUser.entrySet()) {
            for (String link : everyLink) {
                int status = status(entry.getKey(), link);
                boolean shown = entry.getValue().contains(link);
                if (shown && status != 200) {
                    wrong.add(entry.getKey() + " is shown " + link + " but gets " + status);
                } else if (!shown && status == 200 && !SHOWN_BY_RELEVANCE.contains(link)) {
                    wrong.add(entry.getKey() + " may open " + link + " but is not shown it");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Every user whose agency has an Urdu name reads it in Urdu, in the navigation's menu and on the home page, and
     * the English name in English (the menu and the home page showed the English name in both).
     */
    @Test
    void everyUserReadsTheirAgencysNameInTheirLanguage() throws Exception {
        List<Map<String, Object>> rows = jdbc.sql("""
                select u.username, a.name, a.name_ur from app_user u join agency a on a.id = u.agency_id
                where u.active and a.active and not u.must_change_password and a.name_ur is not null""")
                .query().listOfRows();
        int read = 0;
        for (Map<String, Object> row : rows) {
            for (String language : List.of("en", "ur")) {
                String expected = (String) row.get(language.equals("ur") ? "name_ur" : "name");
                MockHttpServletResponse response = mvc.perform(get("/")
                        .with(user(users.loadUserByUsername((String) row.get("username")))).cookie(new Cookie("rabta-lang", language)))
                        .andReturn().getResponse();
                if (response.getStatus() != 200) {
                    continue; // another test's user who is sent to set up a second factor first
                }
                read++;
                Document home = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
                assertThat(home.select("header .dropdown-header").text()).as("%s's menu in %s", row.get("username"), language)
                        .isEqualTo(expected);
                assertThat(home.select("main p").first().text()).as("%s's home page in %s", row.get("username"), language)
                        .startsWith(expected + " (");
            }
        }
        assertThat(read).as("home pages read").isGreaterThanOrEqualTo(10);
    }

    private Set<String> navigationLinks(String username) throws Exception {
        String html = mvc.perform(get("/").with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Set<String> links = new LinkedHashSet<>();
        Jsoup.parse(html).select("header a.nav-link[href], header a.dropdown-item[href]")
                .forEach(link -> links.add(link.attr("href").replaceFirst("\\?.*", "")));
        links.remove("#");
        return links;
    }

    private int status(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse().getStatus();
    }
}
