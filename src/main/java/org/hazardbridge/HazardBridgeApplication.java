package org.hazardbridge;

import org.hazardbridge.audit.VerifyTraceCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HazardBridgeApplication {

    public static void main(String[] args) {
        // `verify-trace <file.json>` checks an exported trace offline, without starting the application (issue 5).
        if (VerifyTraceCommand.isRequested(args)) {
            System.exit(VerifyTraceCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(HazardBridgeApplication.class, args);
    }
}
