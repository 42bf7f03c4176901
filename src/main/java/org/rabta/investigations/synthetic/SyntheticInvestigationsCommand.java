package org.rabta.investigations.synthetic;

import lombok.RequiredArgsConstructor;
import org.rabta.accounts.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --rabta.synthetic.investigations=N} loads N synthetic investigations at start-up, after the synthetic cases
 * they start from ({@code --rabta.synthetic.cases}), see docs/PERFORMANCE.md. Never in the {@code prod} profile.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty("rabta.synthetic.investigations")
@Order(60)
@RequiredArgsConstructor
class SyntheticInvestigationsCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticInvestigationsCommand.class);

    private final SyntheticInvestigationLoader loader;
    @Value("${rabta.synthetic.investigations}")
    private final int count;
    @Value("${rabta.synthetic.seed:2018}")
    private final long seed;

    @Override
    public void run(ApplicationArguments args) {
        if (count <= 0) {
            return;
        }
        log.info("Loading {} synthetic investigations (seed {})", count, seed);
        SystemIdentity.run(() -> {
            SyntheticInvestigationLoader.Result result = loader.load(count, seed, loaded -> {
                if (loaded % 50_000 == 0 || loaded == count) {
                    log.info("{} of {} synthetic investigations loaded", loaded, count);
                }
            });
            log.info("Loaded {} synthetic investigations with {} accused and {} events in {} s", result.investigations(),
                    result.accused(), result.events(), result.took().toSeconds());
        });
    }
}
