package org.hazardbridge.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo identity created at start-up when absent.
 *
 * @param enabled whether to create it; switch it off in production
 * @param password the password of every demo user
 * @param districts the districts (adcodes) that get an officer and a manager
 */
@ConfigurationProperties("hazardbridge.demo")
public record DemoProperties(Boolean enabled, String password, List<String> districts) {

    public DemoProperties {
        enabled = enabled == null || enabled;
        password = password == null ? "demo" : password;
        districts = districts == null ? List.of("310118", "320509", "330421", "310117", "310116", "310114",
                "320506", "320583", "330411", "330482", "330402", "330503", "310112") : List.copyOf(districts);
    }
}
