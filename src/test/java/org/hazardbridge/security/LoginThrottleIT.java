package org.hazardbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hazardbridge.cluster.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
    private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";
    private static final String FORM = "application/x-www-form-urlencoded";

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
        ResponseEntity<String> throttled = api(USER);
        assertThat(throttled.getStatusCode()).as("the API's login counts the same failures")
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(throttled.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(throttled.getBody()).contains("https://hazardbridge.org/problems/too-many-logins")
                .contains("登录失败次数过多");
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

    /** The throttle holds whichever way the login is spelled or encoded. */
    @Test
    void throttlesEverySpellingOfTheLogin() throws Exception {
        WebappSession client = session();
        byte[] utf16 = ("username=" + USER + "&password=guess").getBytes(StandardCharsets.UTF_16BE);
        WebappSession.Page otherCharset = client.post(LOGIN, "application/x-www-form-urlencoded; charset=UTF-16BE",
                utf16);
        assertThat(otherCharset.status()).as("a charset the webapps would decode otherwise").isEqualTo(415);
        assertThat(client.post(LOGIN, "application/json", "{}".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(415);

        for (String path : List.of(LOGIN + "/", "/camunda/api/admin/auth/user/default/%6Cogin/tasklist", LOGIN)) {
            assertThat(client.post(path, FORM, form("guess")).status()).as(path).isEqualTo(401);
        }
        assertThat(failures()).isEqualTo(3);
        for (String path : List.of(LOGIN + "/", "/camunda/api/admin/auth/user/default/%6Cogin/tasklist")) {
            assertThat(client.post(path, FORM, form("demo")).status()).as(path).isEqualTo(429);
        }
        assertThat(client.post(LOGIN, FORM, ("password=guess&username=" + USER + "&username=admin")
                .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(429);
    }

    /** The engine's password check for any user, which no webapp needs, is closed on both APIs. */
    @Test
    void refusesTheEnginesPasswordCheck() throws Exception {
        String body = "{\"username\":\"admin\",\"password\":\"guess\"}";
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(anonymous.withBasicAuth(USER, "demo").postForEntity("/engine-rest/identity/verify",
                new HttpEntity<>(body, json), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        WebappSession tasklist = session();
        assertThat(tasklist.login(USER).status()).isEqualTo(200);
        assertThat(tasklist.post("/camunda/api/engine/engine/default/identity/verify", "application/json",
                body.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(tasklist.api("/camunda/api/engine/engine/default/task/count").status()).isEqualTo(200);
    }

    private static byte[] form(String password) {
        return ("username=" + USER + "&password=" + password).getBytes(StandardCharsets.UTF_8);
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
