package org.hazardbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.hazardbridge.cluster.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The login throttle on the webapps' login form and the API's HTTP Basic login together: failures on one count
 * for the other, as they count for every node (the count is in the database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:login-throttle-it;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class LoginThrottleIT {

    private static final String USER = "officer330402";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetFailures() {
        jdbc.update("delete from login_failure");
    }

    @Test
    void refusesTasklistsLoginAfterThreeWrongPasswordsAndTheApiWithIt() throws Exception {
        WebappSession tasklist = session();
        for (int i = 0; i < 3; i++) {
            WebappSession.Page wrong = tasklist.login(USER, "guess" + i);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.json().get("message").asText()).isEqualTo("用户名或密码错误");
        }

        WebappSession.Page refused = tasklist.login(USER);
        assertThat(refused.status()).as("the right password, not checked now: %s", refused.body()).isEqualTo(429);
        assertThat(refused.retryAfter()).isEqualTo("1");
        assertThat(refused.json().get("message").asText()).isEqualTo("登录失败次数过多，请稍后再试");
        assertThat(api(USER).getStatusCode()).as("the API's login counts the same failures")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(failures()).isEqualTo(3);

        jdbc.update("update login_failure set last_failure = last_failure - interval '2' second");
        WebappSession.Page after = tasklist.login(USER);
        assertThat(after.status()).as("after the wait: %s", after.body()).isEqualTo(200);
        assertThat(failures()).as("a success clears the count").isZero();
    }

    @Test
    void countsTheApisFailuresOnTasklistsLogin() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(anonymous.withBasicAuth(USER, "guess" + i).getForEntity("/api/hazards", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        assertThat(session().login(USER).status()).isEqualTo(429);
    }

    @Test
    void doesNotCountARightPasswordForAWebappTheUserMayNotUse() throws Exception {
        // Officers have Tasklist, not Cockpit: the webapps refuse them Cockpit with 403.
        WebappSession cockpit = session();
        for (int i = 0; i < 4; i++) {
            assertThat(cockpit.loginTo("cockpit", USER).status()).isEqualTo(403);
        }

        assertThat(failures()).isZero();
        assertThat(cockpit.login(USER).status()).isEqualTo(200);
    }

    private WebappSession session() throws Exception {
        WebappSession session = new WebappSession(URI.create("http://localhost:" + port));
        session.open();
        return session;
    }

    private ResponseEntity<String> api(String user) {
        return anonymous.withBasicAuth(user, "demo").getForEntity("/api/hazards", String.class);
    }

    private int failures() {
        Integer failures = jdbc.queryForObject("select coalesce(sum(failures), 0) from login_failure",
                Integer.class);
        return failures == null ? 0 : failures;
    }
}
