package ch.mailbench.core.sheet;

import ch.mailbench.core.model.SheetLanguage;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One PDF to render: the sheets in order, with or without a cover page (the customer pack), in
 * one language, explaining the chosen devices, under the technician's shop settings.
 */
public record SheetJob(List<MailboxSheet> sheets, boolean withCover, SheetLanguage language, Set<Device> devices,
                       ShopSettings shop, Instant printedAt) {

    public SheetJob {
        sheets = List.copyOf(sheets);
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("There is no mailbox to print a sheet for");
        }
        Objects.requireNonNull(language, "language");
        if (devices == null || devices.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one device for the sheet");
        }
        devices = Set.copyOf(EnumSet.copyOf(devices));
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(printedAt, "printedAt");
    }

    /** The devices in their fixed order (iPhone first), whatever order they were chosen in. */
    public List<Device> orderedDevices() {
        return List.copyOf(EnumSet.copyOf(devices));
    }

    public int pageCount() {
        return sheets.size() + (withCover ? 1 : 0);
    }
}
