/**
 * The few exception types every feature shares, so that services signal "not found", "stale edit",
 * "rule broken" and "fields invalid" (each field a {@link org.rabta.shared.Violation}) the same way and the web
 * layer maps them once; {@link org.rabta.shared.Childhood}, the age at which every feature counts a person an
 * adult; and {@link org.rabta.shared.Text}, how free text is kept. Depends on no other package.
 */
@ApplicationModule(allowedDependencies = {})
package org.rabta.shared;

import org.springframework.modulith.ApplicationModule;
