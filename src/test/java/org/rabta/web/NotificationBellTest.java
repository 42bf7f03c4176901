package org.rabta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The notification bell is drawn (inline SVG), not an emoji that a machine without an emoji font shows as an empty
 * box, and says what it is in the reader's language.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class NotificationBellTest {

    private final MockMvc mvc;
    private final MessageSource messages;
    private final UserDetailsService users;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void theBellIsADrawnIconLabelledInTheReadersLanguage(String language) throws Exception {
        String html = mvc.perform(get("/").with(user(users.loadUserByUsername("ngo.lahore")))
                        .header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Element bell = Jsoup.parse(html).selectFirst("a.notification-bell");
        assertThat(bell).isNotNull();
        assertThat(bell.select("svg[aria-hidden=true]")).hasSize(1);
        assertThat(bell.text().codePoints().filter(NotificationBellTest::isPictograph).toArray())
                .as("no emoji or pictograph character in %s", bell.text()).isEmpty();
        assertThat(bell.attr("aria-label"))
                .startsWith(messages.getMessage("notifications.bell", null, Locale.forLanguageTag(language)));
    }

    /** Characters that need an emoji or symbol font: outside the basic plane, or the BMP's symbol blocks. */
    private static boolean isPictograph(int codePoint) {
        return Character.isSupplementaryCodePoint(codePoint) || codePoint >= 0x2190 && codePoint <= 0x2BFF;
    }
}
