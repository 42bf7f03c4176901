package org.rabta.screening;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseDetails;
import org.rabta.cases.CasePageExtension;
import org.rabta.cases.CasePageSection;
import org.rabta.cases.CasePageSection.TimelineLink;
import org.rabta.cases.TimelineSubject;
import org.rabta.web.DisplayTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case page's Screening section: the history of the case's screenings and the way to start one; and, from the
 * same list, the links of the timeline's screening entries to their screening.
 */
@Component
@Order(10)
@RequiredArgsConstructor
class ScreeningCaseSection implements CasePageExtension {

    /** What the timeline entries this section links are about. */
    static final TimelineSubject SUBJECT = new TimelineSubject("screening");

    private final ScreeningReads reads;
    private final MessageSource messages;
    private final DisplayTime time;

    @Override
    public CasePageSection section(RabtaUser user, CaseDetails details) {
        ScreeningHistory history = reads.history(user, details.victimCase());
        return new CasePageSection("screening/section", "screeningPanel", history, CasePageSection.timeline(history.screenings(),
                screening -> SUBJECT.of(screening.getId()), screening -> timelineLink(history.caseNumber(), screening)));
    }

    private TimelineLink timelineLink(String caseNumber, Screening screening) {
        String href = UriComponentsBuilder.fromPath("/cases/{n}/screenings/{id}")
                .buildAndExpand(caseNumber, screening.getId()).toUriString();
        return new TimelineLink(href, messages.getMessage("screening.timeline.subject",
                new Object[] {time.format(screening.getCreated().getAt())}, LocaleContextHolder.getLocale()));
    }
}
