package ch.mailbench.app.ui.action;

import javax.swing.JComponent;

/**
 * Where a feature adds a tab to the customer view, beside "Domains and mailboxes"; the tab shows
 * whatever customer {@link ConsoleSelection} holds. EDT only.
 */
@FunctionalInterface
public interface CustomerTabs {

    /** @param name the component name the GUI tests find the tab's content by */
    void add(String name, String title, JComponent content);
}
