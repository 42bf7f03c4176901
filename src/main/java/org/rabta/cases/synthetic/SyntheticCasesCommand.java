package org.rabta.cases.synthetic;

import java.util.List;
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
 * {@code --rabta.synthetic.cases=N} loads N synthetic cases at start-up, after the demo data, then the application
 * serves as usual (see docs/PERFORMANCE.md). Never in the {@code prod} profile: made-up victims have no place in
 * a real registry.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty("rabta.synthetic.cases")
@Order(50)
class SyntheticCasesCommand implements ApplicationRunner {

    static final String LABEL = "load-test";

    private static final Logger log = LoggerFactory.getLogger(SyntheticCasesCommand.class);

    private final SyntheticCaseLoader loader;
    private final int count;
    private final long seed;
    private final List<String> agencyCodes;

    SyntheticCasesCommand(SyntheticCaseLoader loader, @Value("${rabta.synthetic.cases}") int count,
                          @Value("${rabta.synthetic.seed:2018}") long seed,
                          @Value("${rabta.synthetic.agencies:}") List<String> agencyCodes) {
        this.loader = loader;
        this.count = count;
        this.seed = seed;
        this.agencyCodes = agencyCodes.stream().filter(code -> !code.isBlank()).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count <= 0) {
            return;
        }
        log.info("Loading {} synthetic cases (seed {}, agencies: {})", count, seed, agencyCodes.isEmpty() ? "all" : agencyCodes);
        SystemIdentity.run(() -> {
            SyntheticCaseLoader.Result result = loader.load(LABEL, count, agencyCodes, seed, loaded -> {
                if (loaded % 100_000 == 0 || loaded == count) {
                    log.info("{} of {} synthetic cases loaded", loaded, count);
                }
            });
            log.info("Loaded {} synthetic cases with {} notes and {} attachments in {} s ({} cases per second)",
                    result.cases(), result.notes(), result.attachments(), result.took().toSeconds(), result.casesPerSecond());
        });
    }
}
