package org.hazardbridge.tasklist;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda 7.24 Tasklist as a user sees it. Selectors rest on Tasklist's markup (AngularJS attributes and classes),
 * not on its English or German labels; names that the product chose (filters, process, tasks) are matched as text.
 */
class Tasklist {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final By USERNAME = By.cssSelector("form[name=signinForm] input[ng-model=username]");
    private static final By PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
    private static final By LOG_IN = By.cssSelector("form[name=signinForm] button[type=submit]");
    private static final By START_PROCESS = By.cssSelector(".start-process-action a");
    private static final By FILTER = By.cssSelector(".task-filter");
    private static final By ACCOUNT_MENU = By.cssSelector("li.account > a.dropdown-toggle");
    private static final By LOG_OUT = By.cssSelector("li.account li.logout a");
    private static final By TASK_LOADER = By.cssSelector("[cam-tasks] > .loader");
    private static final By TASK_NAMES = By.cssSelector("[cam-tasks] ol.tasks-list > li.task h4.task a");
    private static final By NO_TASKS = By.cssSelector("[cam-tasks] .well");
    private static final By TASK_FORM = By.cssSelector(".form-pane form.fjs-form");
    private static final By CLAIM = By.cssSelector("button.claim[ng-click='claim()']");
    private static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String url;
    private final Path screenshots;
    private final String journey;
    private int shots;

    Tasklist(WebDriver driver, int port, Path screenshots, String journey) {
        this.driver = driver;
        this.wait = waitFor(driver);
        this.url = "http://localhost:" + port + "/camunda/app/tasklist/";
        this.screenshots = screenshots;
        this.journey = journey;
    }

    static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void open() {
        driver.get(url);
    }

    /**
     * Types both fields until each holds what was typed: on a loaded machine the page may still be rendering the
     * form, and keys sent too early land in the field that has the focus.
     */
    void logIn(String user, String password) {
        wait.until(visibilityOfElementLocated(USERNAME));
        wait.until(d -> {
            type(d, USERNAME, user);
            type(d, PASSWORD, password);
            return user.equals(d.findElement(USERNAME).getDomProperty("value"))
                    && password.equals(d.findElement(PASSWORD).getDomProperty("value"));
        });
        driver.findElement(LOG_IN).click();

        wait.until(visibilityOfElementLocated(START_PROCESS));
        wait.until(visibilityOfElementLocated(FILTER));
        wait.until(Tasklist::taskListLoaded);
    }

    private static void type(WebDriver driver, By field, String text) {
        WebElement input = driver.findElement(field);
        if (!text.equals(input.getDomProperty("value"))) {
            input.clear();
            input.sendKeys(text);
        }
    }

    void logOut() {
        driver.findElement(ACCOUNT_MENU).click();
        wait.until(elementToBeClickable(LOG_OUT)).click();
        wait.until(visibilityOfElementLocated(USERNAME));
    }

    ReportForm startProcess(String processName) {
        wait.until(elementToBeClickable(START_PROCESS)).click();
        wait.until(elementToBeClickable(By.xpath("//div[contains(@class,'modal-dialog')]//ul[@class='processes']"
                + "//a[normalize-space()='" + processName + "']"))).click();
        return new ReportForm(driver);
    }

    /** Focuses a filter and returns the names of the tasks it lists, once the list has loaded. */
    List<String> showFilter(String filterName) {
        driver.findElement(filterLink("", filterName)).click();

        By focused = filterLink("[contains(concat(' ', @class, ' '), ' active ')]", filterName);
        wait.until(d -> !d.findElements(focused).isEmpty() && taskListLoaded(d));
        return driver.findElements(TASK_NAMES).stream().map(WebElement::getText).map(String::trim).toList();
    }

    /** Opens a listed task and returns the text of its Camunda Form. */
    String openTask(String taskName) {
        driver.findElement(By.xpath("//*[@cam-tasks]//ol[contains(@class,'tasks-list')]/li//h4"
                + "/a[normalize-space()='" + taskName + "']")).click();

        WebElement form = wait.until(visibilityOfElementLocated(TASK_FORM));
        wait.until(d -> !form.getText().isBlank());
        return form.getText();
    }

    /**
     * Claims the open task, puts text into one field of its form (by the component's id, as in {@link ReportForm})
     * and completes it, as an officer does; returns once Tasklist has closed the task's form.
     */
    void claimAndComplete(String fieldId, String text) {
        wait.until(elementToBeClickable(CLAIM)).click();
        wait.until(invisibilityOfElementLocated(CLAIM));
        WebElement input = wait.until(elementToBeClickable(
                By.cssSelector(".form-pane form.fjs-form [id$='-" + fieldId + "']")));
        wait.until(d -> text.equals(input.getDomProperty("value")) || ReportForm.typed(d, input, text));
        wait.until(elementToBeClickable(COMPLETE));
        // The button sits under the page's footer until it is scrolled to.
        scrollTo(COMPLETE);
        wait.until(elementToBeClickable(COMPLETE)).click();
        wait.until(invisibilityOfElementLocated(TASK_FORM));
    }

    void scrollTo(By element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                driver.findElement(element));
    }

    /** Saves what the browser shows as target/tasklist-journey/{journey}-{nn}-{step}.png. */
    Path snap(String step) {
        return save(step + ".png", ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Saves the page's current DOM beside the screenshots, for a failure that a picture does not explain. */
    Path savePage(String step) {
        return save(step + ".html", driver.getPageSource().getBytes(StandardCharsets.UTF_8));
    }

    private Path save(String name, byte[] content) {
        Path file = screenshots.resolve(String.format("%s-%02d-%s", journey, ++shots, name));
        try {
            Files.createDirectories(screenshots);
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }

    private static By filterLink(String condition, String filterName) {
        return By.xpath("//div[contains(@class,'task-filter')]" + condition + "//h4[contains(@class,'name')]"
                + "/a[starts-with(normalize-space(), '" + filterName + "')]");
    }

    private static boolean taskListLoaded(WebDriver driver) {
        boolean loading = driver.findElements(TASK_LOADER).stream().anyMatch(WebElement::isDisplayed);
        boolean shown = !driver.findElements(TASK_NAMES).isEmpty()
                || driver.findElements(NO_TASKS).stream().anyMatch(WebElement::isDisplayed);
        return !loading && shown;
    }
}
