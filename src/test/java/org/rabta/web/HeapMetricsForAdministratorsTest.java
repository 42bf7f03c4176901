package org.rabta.web;

import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The heap figures the mixed-workload benchmark reads at the end of a run (docs/PERFORMANCE.md): actuator metrics
 * of the heap area, for administrators only, like every actuator endpoint but health.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class HeapMetricsForAdministratorsTest {

    private static final String[] HEAP_METRICS = {"jvm.memory.used", "jvm.memory.committed", "jvm.memory.max"};

    private final MockMvc mvc;

    @Test
    @WithUserDetails("admin")
    void anAdministratorReadsHeapUsedCommittedAndMax() throws Exception {
        for (String metric : HEAP_METRICS) {
            mvc.perform(get("/actuator/metrics/" + metric).param("tag", "area:heap"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value(metric))
                    .andExpect(jsonPath("$.measurements[0].statistic").value("VALUE"))
                    .andExpect(jsonPath("$.measurements[0].value").value(greaterThan(0.0)));
        }
    }

    @Test
    @WithUserDetails("analyst")
    void nobodyElseReadsThem() throws Exception {
        mvc.perform(get("/actuator/metrics/jvm.memory.used").param("tag", "area:heap")).andExpect(status().isForbidden());
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/actuator/metrics/jvm.memory.used").param("tag", "area:heap")).andExpect(redirectedUrl("/login"));
    }
}
