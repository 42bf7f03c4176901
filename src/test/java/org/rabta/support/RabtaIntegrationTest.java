package org.rabta.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The one configuration of every Spring integration test: the whole application on a random port
 * (so browser tests can reach it), MockMvc, demo agencies and users, and a real PostgreSQL. Every
 * test class uses exactly this annotation and nothing that changes the context (no
 * {@code @MockitoBean}, no extra properties), so the context starts once per test run. The application clock is
 * back to real time after every test method ({@link MutableClockReset}). A test class takes its beans through its
 * constructor, as the application's beans do ({@code @RequiredArgsConstructor} over {@code private final} fields).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@Import({TestDatabase.class, MutableClockConfiguration.class, TransactionCounter.class})
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
@TestExecutionListeners(listeners = MutableClockReset.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface RabtaIntegrationTest {
}
