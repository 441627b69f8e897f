package org.hedgerow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HedgerowApplication {

    static void main(String[] args) {
        SpringApplication.run(HedgerowApplication.class, args);
    }
}
