package org.rabta.infrastructure;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in Pakistan's time zone so that "today" (no future dates,
 * deadlines) means today in Pakistan whatever the server's zone. Tests replace it to move time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${rabta.time-zone:Asia/Karachi}") ZoneId zone) {
        return Clock.system(zone);
    }
}
