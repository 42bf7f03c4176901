/**
 * Statistics: dashboard, annual report (page, PDF, API), exports and the HTCDS export.
 */
@ApplicationModule(allowedDependencies = {
        "accounts", "audit", "cases", "directory", "geography", "investigations", "screening :: engine", "shared",
        "web"})
package org.rabta.reporting;

import org.springframework.modulith.ApplicationModule;
