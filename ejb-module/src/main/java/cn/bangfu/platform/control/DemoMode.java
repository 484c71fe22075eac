package cn.bangfu.platform.control;

import org.eclipse.microprofile.config.ConfigProvider;

/** Whether this server loads the demo county ({@code BANGFU_DEMO=true}), and the demo accounts' password: read in one place. */
public final class DemoMode {

    public static final String DEFAULT_PASSWORD = "Bangfu-demo-2026";

    private DemoMode() {
    }

    public static boolean on() {
        return ConfigProvider.getConfig().getOptionalValue("BANGFU_DEMO", Boolean.class).orElse(false);
    }

    public static String password() {
        return ConfigProvider.getConfig().getOptionalValue("BANGFU_DEMO_PASSWORD", String.class).orElse(DEFAULT_PASSWORD);
    }
}
