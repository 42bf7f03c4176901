/**
 * Demo data (profile demo only); no other module depends on it.
 */
@ApplicationModule(allowedDependencies = {
        "accounts", "cases", "cases :: synthetic", "committees", "directory", "investigations", "referrals", "screening",
        "screening :: engine"})
package org.rabta.demo;

import org.springframework.modulith.ApplicationModule;
