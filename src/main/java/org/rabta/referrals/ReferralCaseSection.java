package org.rabta.referrals;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseDetails;
import org.rabta.cases.CasePageExtension;
import org.rabta.cases.CasePageSection;
import org.rabta.cases.CasePageSection.TimelineLink;
import org.rabta.cases.TimelineSubject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The case page's Referrals section: every referral of the case (service, provider, status, when it is due or that it
 * is overdue), each leading to its page; and, from the same list, the timeline's referral entries in words (the
 * service and the provider's name in the reader's language) with a link to their referral.
 */
@Component
@Order(20)
@RequiredArgsConstructor
class ReferralCaseSection implements CasePageExtension {

    /** What the timeline entries this section links are about. */
    static final TimelineSubject SUBJECT = new TimelineSubject("referral");

    private final ReferralQueries referrals;
    private final MessageSource messages;

    @Override
    public CasePageSection section(RabtaUser user, CaseDetails details) {
        List<CaseReferral> list = referrals.ofCaseWithProviders(user, details.victimCase());
        return new CasePageSection("referrals/section", "referralsPanel", list, CasePageSection.timeline(list,
                row -> SUBJECT.of(row.referral().getId()), this::timelineLink));
    }

    private TimelineLink timelineLink(CaseReferral row) {
        Locale locale = LocaleContextHolder.getLocale();
        Referral referral = row.referral();
        String service = messages.getMessage("directory.service." + referral.getServiceType(), null, locale);
        return new TimelineLink("/referrals/" + referral.getId(),
                messages.getMessage("referrals.timeline.subject", new Object[] {service, row.provider(locale)}, locale));
    }
}
