package cn.bangfu.web.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, with the steps Bangfu's pages need: sign in,
 * open a page, choose from a PrimeFaces drop-down, wait for Ajax. Never a downloaded browser.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("bangfu.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("bangfu.chromedriver", "/usr/bin/chromedriver");
    static final String PASSWORD = "Bangfu-demo-2026";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final URI base;

    Browser(URI base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The flags Chromium needs as root in a sandbox without a network beyond loopback.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // PrimeFaces replaces what an AJAX update renders: an element found a moment ago may be gone; look again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    void signIn(String login) {
        open("login.xhtml");
        type(By.id("login:username"), login);
        type(By.id("login:password"), PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
    }

    void signOut() {
        driver.findElement(By.id("userForm:logout")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
    }

    /** Types over what a field holds, e.g. a date picker's default, which clearing alone does not remove. */
    void retype(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /**
     * Picks an option of a p:selectOneMenu as a user does: open it, click the item, and check the
     * menu now shows the item's label. The item is found by its value; a click during the panel's
     * opening animation can miss, so it waits for the animation to end.
     */
    void choose(String menuId, String value) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
        waitForOverlay(menuId + "_panel");
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + menuId + "_items'] li[data-value='" + value + "']")));
        String label = item.getAttribute("data-label");
        item.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
        waitForText(By.id(menuId + "_label"), label);
    }

    /**
     * Types a date into a p:datePicker as a user does and closes its calendar with Esc, which otherwise covers the fields
     * around it. A key or click that reaches the calendar while it is still binding its listeners is lost (CI saw a click
     * beside it leave it open for 20 s), so Esc is pressed again until the calendar has gone; Esc on a closed calendar
     * does nothing, and the dialogs holding date pickers do not close on Esc.
     */
    void typeDate(String pickerId, String date) {
        By input = By.id(pickerId + "_input");
        By panel = By.id(pickerId + "_panel");
        retype(input, date);
        waitForOverlay(pickerId + "_panel");
        WebDriverWait aMoment = new WebDriverWait(driver, Duration.ofSeconds(2));
        wait.until(d -> {
            d.findElement(input).sendKeys(Keys.ESCAPE);
            try {
                aMoment.until(ExpectedConditions.invisibilityOfElementLocated(panel));
                return true;
            } catch (TimeoutException stillOpen) {
                return false;
            }
        });
    }

    /** Waits until an overlay panel (a menu's, a date picker's calendar) has finished opening: only then does it take keys and clicks. */
    void waitForOverlay(String panelId) {
        wait.until(ExpectedConditions.attributeContains(By.id(panelId), "class", "overlay-enter-done"));
    }

    /** Picks the item with this value from a p:autoComplete after typing the query, as a user does. */
    void pick(String id, String query, String value) {
        type(By.id(id + "_input"), query);
        choosePicked(id, By.cssSelector("[id='" + id + "_panel'] li[data-item-value='" + value + "']"));
    }

    /** Picks the item whose label contains {@code label} from a p:autoComplete after typing the query. */
    void pickLabelled(String id, String query, String label) {
        type(By.id(id + "_input"), query);
        choosePicked(id, By.xpath("//*[@id='" + id + "_panel']//li[contains(@data-item-label, '" + label + "')]"));
    }

    /** Opens a p:autoComplete's drop-down and picks its first item. */
    void pickFirst(String id) {
        click(By.cssSelector("[id='" + id + "'] .ui-autocomplete-dropdown"));
        choosePicked(id, By.cssSelector("[id='" + id + "_panel'] li.ui-autocomplete-item"));
    }

    private void choosePicked(String id, By item) {
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    /**
     * Clicks the element once it is clickable. An AJAX update may replace it between finding it and clicking it; then
     * Chromium refuses the click (the node no longer belongs to the document, or the reference is stale) and nothing
     * happened, so it is found again and clicked.
     */
    void click(By button) {
        wait.until(d -> {
            try {
                WebElement element = ExpectedConditions.elementToBeClickable(button).apply(d);
                if (element == null) {
                    return false;
                }
                element.click();
                return true;
            } catch (StaleElementReferenceException e) {
                return false;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** The text of the element once it is visible; found again if an AJAX update replaces it meanwhile. */
    String text(By element) {
        return wait.until(d -> ExpectedConditions.visibilityOfElementLocated(element).apply(d).getText());
    }

    void waitForText(By element, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    }

    /** Waits until the element is there and empty, shown or not: an AJAX update has taken its message away. */
    void waitForNoText(By element) {
        wait.until(d -> d.findElements(element).stream().anyMatch(e -> e.getAttribute("textContent").isBlank()));
    }

    /** Waits until every element found is there and has this text (an AJAX update has replaced the old ones). */
    void waitForTextInAll(By elements, String text) {
        wait.until(d -> {
            List<WebElement> found = d.findElements(elements);
            return !found.isEmpty() && found.stream().allMatch(e -> e.getText().contains(text));
        });
    }

    /**
     * Waits until the images found are there and shown, each scrolled into view (a lazy image loads only near the
     * viewport) and loaded, not broken; answers how many there are.
     */
    int waitForImages(By images) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(images);
            for (WebElement image : found) {
                Object shown = ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                        + " return arguments[0].complete && arguments[0].naturalWidth > 0;", image);
                if (!Boolean.TRUE.equals(shown)) {
                    return null;
                }
            }
            return found.isEmpty() ? null : found.size();
        });
    }

    void waitUntilHidden(By element) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(element));
    }

    List<WebElement> all(By elements) {
        return driver.findElements(elements);
    }

    String title() {
        return driver.getTitle();
    }

    /** From now on the page is laid out as on a phone of this size (Chromium's device emulation: viewport, touch, mobile). */
    void phone(int width, int height) {
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** From now on the page is laid out as on a desktop screen of this size (no mobile emulation). */
    void desktop(int width, int height) {
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Runs a script in the page and returns its result (a number comes back as a Long or a Double). */
    Object script(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Whether the element is there and shown (not display:none, not zero-sized). */
    boolean displayed(By element) {
        return driver.findElements(element).stream().anyMatch(WebElement::isDisplayed);
    }

    void waitUntilVisible(By element) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    WebElement find(By element) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(element));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
