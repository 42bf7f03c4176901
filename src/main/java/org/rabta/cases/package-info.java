/**
 * Victim cases: registration, the case page, search, duplicates, timeline. Other features ask what they need through
 * {@code CasesApi}, and tell the timeline what they did with {@code CaseActivity} events. Later features reach it
 * through its extension points ({@code CaseAccessExtension}, {@code CasePageExtension}), so it depends on none of
 * them. The synthetic loader ({@code synthetic}) is a named interface for the demo data.
 */
@ApplicationModule(allowedDependencies = {"accounts", "audit", "directory", "geography", "shared", "web"})
package org.rabta.cases;

import org.springframework.modulith.ApplicationModule;
