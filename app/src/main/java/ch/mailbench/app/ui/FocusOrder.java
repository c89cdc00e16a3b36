package ch.mailbench.app.ui;

import javax.swing.LayoutFocusTraversalPolicy;
import java.awt.Component;
import java.awt.Container;
import java.util.List;

/**
 * Tab and Shift+Tab in the main window go round its parts in reading order — search field,
 * customer list, domain table, mailbox table — skipping a part that is not shown (a customer
 * without domains), so no part is a trap and none needs Ctrl+Tab. Focus elsewhere (a section's
 * button) moves on in layout order.
 */
final class FocusOrder extends LayoutFocusTraversalPolicy {

    private static final long serialVersionUID = 1L;

    private final transient List<Component> parts;

    FocusOrder(List<Component> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public Component getComponentAfter(Container root, Component current) {
        return step(current, 1).orElseGet(() -> super.getComponentAfter(root, current));
    }

    @Override
    public Component getComponentBefore(Container root, Component current) {
        return step(current, -1).orElseGet(() -> super.getComponentBefore(root, current));
    }

    private java.util.Optional<Component> step(Component current, int direction) {
        int index = parts.indexOf(current);
        if (index < 0) {
            return java.util.Optional.empty();
        }
        for (int i = 1; i < parts.size(); i++) {
            Component candidate = parts.get(Math.floorMod(index + direction * i, parts.size()));
            if (candidate.isShowing() && candidate.isEnabled() && candidate.isFocusable()) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }
}
