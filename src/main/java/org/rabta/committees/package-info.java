/**
 * Coordination committees: rosters with terms, meetings, action items, escalation.
 */
@ApplicationModule(allowedDependencies = {
        "accounts", "audit", "cases", "directory", "geography", "referrals", "reporting", "shared", "web"})
package org.rabta.committees;

import org.springframework.modulith.ApplicationModule;
