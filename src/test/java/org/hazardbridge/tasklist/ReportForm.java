package org.hazardbridge.tasklist;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The start form of a process as form-js 1.8 renders it in Tasklist's start dialog. Fields are found by the ids
 * of the form's components ({@code Field_<key>}), which form-js keeps as the suffix of each input's id.
 */
class ReportForm {

    static final By DIALOG = By.cssSelector(".modal-dialog");
    static final By START = By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']");
    static final By REFUSAL = By.cssSelector(".modal-dialog [notifications-panel] .alert-danger");

    private final WebDriver driver;
    private final WebDriverWait wait;

    ReportForm(WebDriver driver) {
        this.driver = driver;
        this.wait = Tasklist.waitFor(driver);
        wait.until(visibilityOfElementLocated(field("title")));
    }

    ReportForm choose(String key, String label) {
        driver.findElement(field(key + "-display")).click();
        wait.until(elementToBeClickable(By.xpath("//div[contains(@class,'modal-dialog')]"
                + "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + label + "']"))).click();
        wait.until(textToBe(field(key + "-display"), label));
        wait.until(invisibilityOfElementLocated(By.cssSelector(".modal-dialog .fjs-dropdownlist")));
        return this;
    }

    /**
     * Puts a value into a text, text area or number field. form-js keeps keystrokes in a debounced buffer until
     * the field blurs, and a re-render in between (another field's blur) puts the old value back; so the field is
     * focused first, the value is flushed by a blur, and typed again if the form lost it. A field that already
     * shows the value is left alone, because form-js 1.8 empties a number field whose value changes to 0 (it
     * shows {@code value && value.toString() || ""}), so a 0 typed over another value leaves a required field empty.
     */
    ReportForm enter(String key, String value) {
        WebElement input = driver.findElement(field(key));
        wait.until(d -> holds(input, value) || typed(input, value));
        return this;
    }

    ReportForm pick(String optionLabel) {
        WebElement radio = driver.findElement(By.xpath("//div[contains(@class,'modal-dialog')]"
                + "//label[contains(., '" + optionLabel + "')]/input[@type='radio']"));
        radio.click();
        wait.until(d -> radio.isSelected());
        return this;
    }

    /** Clicks Start once the form is valid; Tasklist keeps the button disabled while it is not. */
    void start() {
        wait.until(elementToBeClickable(START)).click();
    }

    void awaitStarted() {
        wait.until(invisibilityOfElementLocated(DIALOG));
    }

    /** Waits for the dialog to show why the engine refused the start, and returns that message. */
    String awaitRefusal() {
        return wait.until(visibilityOfElementLocated(REFUSAL)).getText();
    }

    private boolean typed(WebElement input, String value) {
        return typed(driver, input, value);
    }

    /** Types the value afresh, then blurs the field so that form-js takes it; whether the field now holds it. */
    static boolean typed(WebDriver driver, WebElement input, String value) {
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        ((JavascriptExecutor) driver).executeScript("arguments[0].blur()", input);
        return holds(input, value);
    }

    private static boolean holds(WebElement input, String value) {
        return value.equals(input.getDomProperty("value"));
    }

    private static By field(String keySuffix) {
        return By.cssSelector(".modal-dialog form.fjs-form [id$='-Field_" + keySuffix + "']");
    }
}
