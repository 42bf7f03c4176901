/**
 * Referrals, their state machine, timeline, deadlines and the committee review queue; their notices go to
 * {@code notifications}, their work lists to the home page ({@code web}).
 */
@ApplicationModule(allowedDependencies = {
        "accounts", "audit", "cases", "directory", "geography", "infrastructure", "notifications", "shared", "web"})
package org.rabta.referrals;

import org.springframework.modulith.ApplicationModule;
