/**
 * In-app notifications (the bell) and their e-mail copies. Other features tell it a {@code Notice} and who is to
 * hear of it; it knows none of them.
 */
@ApplicationModule(allowedDependencies = {"accounts", "audit", "infrastructure", "shared", "web"})
package org.rabta.notifications;

import org.springframework.modulith.ApplicationModule;
