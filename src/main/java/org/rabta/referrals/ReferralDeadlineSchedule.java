package org.rabta.referrals;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the deadline check every 15 minutes (property {@code rabta.referrals.deadline-cron}; "-" switches it off),
 * on one instance at a time: ShedLock's row in table {@code shedlock}, timed by the database's clock so that
 * instances with skewed clocks agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@RequiredArgsConstructor
class ReferralDeadlineSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReferralDeadlineSchedule.class);

    private final ReferralDeadlines deadlines;

    @Bean
    static LockProvider lockProvider(JdbcTemplate jdbcTemplate) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbcTemplate).usingDbTime().build());
    }

    @Scheduled(cron = "${rabta.referrals.deadline-cron:0 */15 * * * *}", zone = "${rabta.time-zone:Asia/Karachi}")
    @SchedulerLock(name = "referral-deadlines", lockAtLeastFor = "PT1M")
    void checkDeadlines() {
        int marked = deadlines.markOverdue();
        if (marked > 0) {
            log.info("{} referral(s) marked overdue", marked);
        }
    }
}
