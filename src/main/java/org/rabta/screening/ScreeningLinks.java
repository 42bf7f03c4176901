package org.rabta.screening;

import org.rabta.directory.ServiceType;

/** Addresses of the screening screens, and of the referral screen a next step leads to. */
final class ScreeningLinks {

    private ScreeningLinks() {
    }

    /** The referrals feature's form for a new referral of the case to the given service. */
    static String referral(String caseNumber, ServiceType service) {
        return "/cases/" + caseNumber + "/referrals/new?service=" + service.name();
    }
}
