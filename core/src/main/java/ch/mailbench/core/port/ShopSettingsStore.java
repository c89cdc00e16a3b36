package ch.mailbench.core.port;

import ch.mailbench.core.sheet.ShopSettings;

/** Where the technician's shop settings (name, contact, logo, paper) are kept. */
public interface ShopSettingsStore {

    /** The saved settings, or {@link ShopSettings#empty()} before the first save. */
    ShopSettings load();

    void save(ShopSettings settings);
}
