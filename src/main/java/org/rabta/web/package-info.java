/**
 * Layout, language, error pages, API error handling, and the home page with its extension point for work lists
 * ({@code WorkList}): no business logic.
 */
@ApplicationModule(allowedDependencies = {"audit", "infrastructure", "shared"})
package org.rabta.web;

import org.springframework.modulith.ApplicationModule;
