package org.rabta.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case page as one read: the case (an audited read) and the sections the features above cases add to it
 * (screenings, referrals), all in one transaction, so that a section costs its query and not a transaction of its own.
 */
@Service
@RequiredArgsConstructor
public class CasePages {

    private final CaseQueries cases;
    private final List<CasePageExtension> extensions;

    /** Read and write: reading the case writes its audit event. */
    @Transactional
    public CasePage page(RabtaUser user, String caseNumber) {
        CaseDetails details = cases.details(user, caseNumber);
        return new CasePage(details, extensions.stream().map(extension -> extension.section(user, details)).toList());
    }

    /** The case and its sections; {@link #timelineLinks()}: what the sections' records give the timeline's entries. */
    public record CasePage(CaseDetails details, List<CasePageSection> sections) {

        public Map<String, CasePageSection.TimelineLink> timelineLinks() {
            Map<String, CasePageSection.TimelineLink> links = new HashMap<>();
            sections.forEach(section -> links.putAll(section.timeline()));
            return links;
        }
    }
}
