/**
 * Layout, language, error pages and API error handling: no business logic.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared"})
package org.rabta.web;

import org.springframework.modulith.ApplicationModule;
