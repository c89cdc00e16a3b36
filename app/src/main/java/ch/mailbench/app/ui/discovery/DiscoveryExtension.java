package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.ui.ConsolePreferences;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.FoundSettings;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.app.ui.action.SettingsFinder;
import ch.mailbench.core.discovery.DiscoveryOptions;
import ch.mailbench.core.discovery.DiscoveryService;
import ch.mailbench.core.discovery.ResolverSetting;
import ch.mailbench.core.model.Provider;

import java.awt.Window;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Discovery in the console: offers "Find settings…" to the domain and mailbox dialogs through
 * {@link ch.mailbench.app.ui.action.ConsoleHooks}, the catalog's providers for their provider
 * field, Tools → Providers… (the catalog, own providers, ISPDB import) and Tools → DNS server…, the
 * resolver that discovery and connection tests ask.
 */
public final class DiscoveryExtension implements ConsoleExtension, SettingsFinder {

    private final DiscoveryService discovery;
    private final ResolverSetting resolver;
    private final ConsolePreferences preferences;
    private final Supplier<DiscoveryOptions> options;
    private ConsoleContext context;
    private DiscoveryTexts texts;

    /**
     * @param resolver    the DNS server in effect for discovery and connection tests; set here from the stored setting
     * @param preferences where the console keeps the chosen DNS server
     * @param options     how each run goes before the resolver is applied (timeout, ports); asked off the EDT
     */
    public DiscoveryExtension(DiscoveryService discovery, ResolverSetting resolver, ConsolePreferences preferences,
                              Supplier<DiscoveryOptions> options) {
        this.discovery = discovery;
        this.resolver = resolver;
        this.preferences = preferences;
        this.options = () -> resolver.applyTo(options.get());
    }

    @Override
    public void install(ConsoleContext consoleContext) {
        this.context = consoleContext;
        this.texts = new DiscoveryTexts(consoleContext.messages().locale());
        try {
            resolver.set(preferences.dnsServer());
        } catch (IllegalArgumentException e) {
            resolver.set(Optional.empty()); // a setting edited by hand: the system's resolver until it is set again
        }
        consoleContext.hooks().offerSettingsFinder(this);
        consoleContext.menus().addSeparator(MenuId.TOOLS);
        consoleContext.menus().add(MenuId.TOOLS, new ConsoleAction("providers", texts.get("menu.providers"), null,
                () -> new ProvidersDialog(context.frame(), discovery.catalog(), context.tasks(), context.messages(), texts).show()));
        consoleContext.menus().add(MenuId.TOOLS, new ConsoleAction("dnsServer", texts.get("menu.dnsServer"), null, this::editDnsServer));
    }

    @Override
    public void find(Window owner, String address, Consumer<FoundSettings> use) {
        new FindSettingsDialog(owner, address, discovery, options, context.tasks(), texts, new ErrorTexts(context.messages()), use).show();
    }

    @Override
    public List<Provider> providers() {
        return discovery.catalog().all();
    }

    private void editDnsServer() {
        new DnsServerDialog(context.frame(), new DnsServerForm(resolver.text(), texts), context.messages(), texts, (form, saved, failed) -> {
            resolver.set(form.server());
            preferences.setDnsServer(form.server());
            saved.run();
        }).show();
    }
}
