package ch.mailbench.app.ui;

import com.formdev.flatlaf.extras.FlatSVGUtils;

import java.awt.Image;
import java.util.List;

/** The application icon: the same SVG the installer renders the packages' icons from, at the sizes window managers choose among. */
final class AppIcon {

    private static final String SVG = "/ch/mailbench/app/ui/mailbench.svg";

    private AppIcon() {
    }

    static List<Image> images() {
        return FlatSVGUtils.createWindowIconImages(SVG);
    }
}
