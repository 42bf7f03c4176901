package org.rabta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class RabtaApplication {

    public static void main(String[] args) {
        SpringApplication.run(RabtaApplication.class, args);
    }
}
