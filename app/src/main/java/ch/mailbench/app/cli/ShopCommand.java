package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.sheet.PaperSize;
import ch.mailbench.core.sheet.ShopSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mailbench shop}: shows or changes the shop name, contact, logo and paper printed on every sheet. */
@Command(name = "shop", mixinStandardHelpOptions = true,
        description = "Shows the shop settings printed on every setup sheet; with options, changes them.")
final class ShopCommand implements Callable<Integer> {

    @Option(names = "--name", paramLabel = "NAME", description = "Your business name.")
    private String name;

    @Option(names = "--contact", paramLabel = "LINE", description = "A contact line (address, phone, email, web); repeat for several lines.")
    private List<String> contact;

    @Option(names = "--logo", paramLabel = "FILE", description = "A PNG or JPEG logo (up to 1 MB).")
    private Path logo;

    @Option(names = "--no-logo", description = "Print no logo.")
    private boolean noLogo;

    @Option(names = "--paper", paramLabel = "a4|letter", description = "The paper size of sheets.")
    private String paper;

    @Option(names = "--sheet-language", paramLabel = "fr|de|en|it|ui",
            description = "The sheet language of new and imported customers without one; ui: the language of whoever adds them.")
    private String sheetLanguage;

    private final MailbenchCommand parent;

    ShopCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        if (logo != null && noLogo) {
            throw new IllegalArgumentException("--logo and --no-logo contradict each other");
        }
        Workbench workbench = parent.factory().open(parent.databaseAddress());
        ShopSettings settings = workbench.shop().load();
        boolean changed = name != null || contact != null || logo != null || noLogo || paper != null || sheetLanguage != null;
        if (changed) {
            settings = new ShopSettings(name != null ? name : settings.name(),
                    contact != null ? String.join("\n", contact) : settings.contact(),
                    noLogo ? Optional.empty() : logo != null ? Optional.of(read(logo)) : settings.logo(),
                    paper != null ? paper(paper) : settings.paper(),
                    sheetLanguage != null ? sheetLanguage(sheetLanguage) : settings.sheetLanguage());
            workbench.shop().save(settings);
        }
        PrintWriter out = parent.output().out();
        out.printf("Name:    %s%n", settings.name().isEmpty() ? "(not set)" : settings.name());
        out.printf("Contact: %s%n", settings.contact().isEmpty() ? "(not set)" : settings.contact().replace("\n", "\n         "));
        out.printf("Logo:    %s%n", settings.logo().map(b -> b.length + " bytes").orElse("none"));
        out.printf("Paper:   %s%n", settings.paper() == PaperSize.A4 ? "A4" : "Letter");
        out.printf("Sheets of new customers: %s%n", settings.sheetLanguage().map(SheetLanguage::code)
                .orElse("the language of the user interface"));
        return MailbenchCommand.EXIT_OK;
    }

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > ShopSettings.MAX_LOGO_BYTES) {
                throw new IllegalArgumentException("The logo " + file + " is larger than 1 MB; use a smaller PNG or JPEG");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the logo " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<SheetLanguage> sheetLanguage(String text) {
        if (text.strip().equalsIgnoreCase("ui")) {
            return Optional.empty();
        }
        try {
            return Optional.of(SheetLanguage.fromCode(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--sheet-language must be fr, de, en, it or ui, not \"" + text + "\"", e);
        }
    }

    private static PaperSize paper(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> PaperSize.A4;
            case "letter" -> PaperSize.LETTER;
            default -> throw new IllegalArgumentException("--paper must be a4 or letter, not \"" + text + "\"");
        };
    }
}
