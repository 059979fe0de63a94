package org.hazardbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HazardBridgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(HazardBridgeApplication.class, args);
    }
}
