package ch.mailbench.app.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

import java.awt.Toolkit;
import java.util.Locale;

/** The console's look: FlatLaf light, dark, or whichever the desktop uses. */
public enum Theme {
    LIGHT, DARK, SYSTEM;

    /** Installs the look and feel and repaints every open window. EDT only. */
    public void apply() {
        install(isDark());
    }

    /** As {@link #apply()}, with {@link #isDark()} found beforehand (it asks the desktop, which takes a moment). EDT only. */
    public static void install(boolean dark) {
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        FlatLaf.updateUI();
    }

    public boolean isDark() {
        return this == DARK || (this == SYSTEM && desktopIsDark());
    }

    /**
     * GNOME/GTK and KDE publish their theme name to AWT ("Adwaita-dark", "Breeze-Dark"); macOS and
     * Windows do not through AWT, so there SYSTEM means light.
     */
    private static boolean desktopIsDark() {
        Object gtkTheme = Toolkit.getDefaultToolkit().getDesktopProperty("gnome.Net/ThemeName");
        return gtkTheme != null && gtkTheme.toString().toLowerCase(Locale.ROOT).contains("dark");
    }
}
