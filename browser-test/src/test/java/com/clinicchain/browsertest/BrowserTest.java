package com.clinicchain.browsertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.clinicchain.testsupport.Tokens;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A fresh browser profile (context) per test at 1280×800, signed in through Keycloak's own login page. A failing test
 * leaves a screenshot of its page under {@code target/screenshots/}.
 */
abstract class BrowserTest {

    static final BrowserPlatform platform = BrowserPlatform.get();

    private static final SecureRandom RANDOM = new SecureRandom();

    BrowserContext context;
    Page page;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = test -> {
        if (test.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots",
                    test.getRequiredTestClass().getSimpleName() + "-" + test.getRequiredTestMethod().getName()
                            + ".png")));
        }
    };

    @BeforeEach
    void openBrowser() {
        context = platform.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    /** Opens the application, which sends the browser to Keycloak's login page, and signs in there. */
    void signIn(String username) {
        signIn(page, username);
    }

    /** The same on another page, e.g. of a second browser context: the user on a second device. */
    static void signIn(Page page, String username) {
        page.navigate(platform.staffWebUrl() + "/");
        assertThat(page.url()).as("the application sends an unknown visitor to Keycloak")
                .startsWith(platform.keycloakUrl());
        page.locator("#username").fill(username);
        page.locator("#password").fill(Tokens.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(platform.staffWebUrl()));
    }

    /**
     * A picture of the page as it is now, for the README: {@code target/screenshots/readme/<name>.png}. Copy them to
     * {@code docs/} after a run when the screens change, so that the README shows what the tests saw.
     */
    void pictureForReadme(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "readme", name + ".png")));
    }

    String url(String path) {
        return platform.staffWebUrl() + path;
    }

    /** A name no other test (or earlier run on kept data) uses. */
    static String unique(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        RANDOM.ints(8, 'a', 'z' + 1).forEach(letter -> name.append((char) letter));
        return name.toString();
    }
}
