package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.FoundSettings;
import ch.mailbench.app.ui.action.SettingsFinder;
import ch.mailbench.core.discovery.DiscoveryOptions;
import ch.mailbench.core.discovery.DiscoveryService;
import ch.mailbench.core.model.Provider;

import java.awt.Window;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Discovery in the console: offers "Find settings…" to the domain and mailbox dialogs through
 * {@link ch.mailbench.app.ui.action.ConsoleHooks}, and the catalog's providers for their provider field.
 */
public final class DiscoveryExtension implements ConsoleExtension, SettingsFinder {

    private final DiscoveryService discovery;
    private final Supplier<DiscoveryOptions> options;
    private ConsoleContext context;
    private DiscoveryTexts texts;

    /** @param options how each run goes (timeout, DNS resolver); asked at the start of every run */
    public DiscoveryExtension(DiscoveryService discovery, Supplier<DiscoveryOptions> options) {
        this.discovery = discovery;
        this.options = options;
    }

    @Override
    public void install(ConsoleContext consoleContext) {
        this.context = consoleContext;
        this.texts = new DiscoveryTexts(consoleContext.messages().locale());
        consoleContext.hooks().offerSettingsFinder(this);
    }

    @Override
    public void find(Window owner, String address, Consumer<FoundSettings> use) {
        new FindSettingsDialog(owner, address, discovery, options, context.tasks(), texts, new ErrorTexts(context.messages()), use).show();
    }

    @Override
    public List<Provider> providers() {
        return discovery.catalog().all();
    }
}
