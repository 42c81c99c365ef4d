package org.ketamineinfo.browser;

import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/** The two screens every page is checked on: a common phone and a common laptop. */
enum Viewport {
    PHONE(390, 844, true), DESKTOP(1366, 900, false);

    final int width;
    final int height;
    final boolean mobile;

    Viewport(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }

    void applyTo(ChromeDriver driver) {
        applyTo(driver, width);
    }

    /** This screen, but narrower or wider: the page lays itself out again without reloading. */
    void applyTo(ChromeDriver driver, int otherWidth) {
        // Device metrics, not window size: the layout viewport is then exactly this many CSS pixels.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", otherWidth, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT) + " " + width + "x" + height;
    }
}
