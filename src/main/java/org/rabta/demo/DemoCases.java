package org.rabta.demo;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.SystemIdentity;
import org.rabta.cases.synthetic.SyntheticCaseLoader;
import org.rabta.directory.AgencyForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few hundred synthetic cases for the demo agencies, so that a first run shows a living registry: lists to
 * filter, names to search, timelines, notes, attachments and possible duplicates across agencies. Loaded once
 * (the load is recorded), so restarts keep what is there; {@code rabta.demo.cases} sets how many.
 */
@Component
@Profile("demo")
@Order(20)
@RequiredArgsConstructor
class DemoCases implements ApplicationRunner {

    static final String LABEL = "demo";
    /** Fixed, so every fresh demo database holds the same people and mix (their dates follow the day of the load). */
    static final long SEED = 2026;

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final SyntheticCaseLoader loader;
    @Value("${rabta.demo.cases:300}")
    private final int count;

    @Override
    public void run(ApplicationArguments args) {
        if (count <= 0 || loader.hasLoaded(LABEL)) {
            return;
        }
        List<String> agencies = DemoData.demoAgencies().stream().map(AgencyForm::code).toList();
        SystemIdentity.run(() -> {
            SyntheticCaseLoader.Result result = loader.load(LABEL, count, agencies, SEED, loaded -> { });
            log.info("Demo cases loaded: {} cases with {} notes and {} attachments", result.cases(), result.notes(),
                    result.attachments());
        });
    }
}
