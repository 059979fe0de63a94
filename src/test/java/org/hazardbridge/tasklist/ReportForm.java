package org.hazardbridge.tasklist;

import static org.openqa.selenium.support.ui.ExpectedConditions.domPropertyToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.openqa.selenium.By;
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
        // Keys typed while the list is still closing can be lost when form-js re-renders the form.
        wait.until(invisibilityOfElementLocated(By.cssSelector(".modal-dialog .fjs-dropdownlist")));
        return this;
    }

    ReportForm type(String key, String text) {
        WebElement input = driver.findElement(field(key));
        input.sendKeys(text);
        wait.until(domPropertyToBe(input, "value", text));
        return this;
    }

    /**
     * Replaces a number field's value. form-js 1.8 drops a lone 0 typed into a cleared number field (the field
     * turns empty and required), so a field that already shows the wanted value is left as it is.
     */
    ReportForm number(String key, String value) {
        WebElement input = driver.findElement(field(key));
        if (!value.equals(input.getDomProperty("value"))) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(value);
        }
        wait.until(domPropertyToBe(input, "value", value));
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

    private static By field(String keySuffix) {
        return By.cssSelector(".modal-dialog form.fjs-form [id$='-Field_" + keySuffix + "']");
    }
}
