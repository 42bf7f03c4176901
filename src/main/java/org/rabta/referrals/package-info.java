/**
 * Referrals, their state machine, timeline, deadlines, notifications and the committee review queue.
 */
@ApplicationModule(allowedDependencies = {
        "accounts", "audit", "cases", "directory", "geography", "infrastructure", "shared"})
package org.rabta.referrals;

import org.springframework.modulith.ApplicationModule;
