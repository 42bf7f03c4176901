/**
 * The screening engine: pure decision support that states which legal elements of trafficking in
 * persons, smuggling of migrants and irregular migration the recorded facts meet, and why.
 *
 * <p>Plain Java only (no framework imports), so the law can be read, tested and versioned on its
 * own. The rules of one version of the law live in one {@link org.rabta.screening.engine.RuleSet};
 * {@link org.rabta.screening.engine.RuleSets} finds the version a stored screening used.
 */
package org.rabta.screening.engine;
