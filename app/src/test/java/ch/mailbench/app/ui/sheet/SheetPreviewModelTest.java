package ch.mailbench.app.ui.sheet;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.task.QueuedTaskExecutor;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.sheet.Device;
import ch.mailbench.core.sheet.SheetOptions;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview's state when the technician changes options faster than sheets are composed. */
class SheetPreviewModelTest {

    private final QueuedTaskExecutor tasks = new QueuedTaskExecutor();
    private final List<SheetOptions> composed = new ArrayList<>();

    private SheetPreviewModel model() {
        SheetDialogText text = new SheetDialogText(Locale.ENGLISH);
        SheetPageRenderer renderer = new SheetPageRenderer(options -> {
            composed.add(options);
            return pdf(options.devices().size());
        }, tasks);
        return new SheetPreviewModel(renderer, tasks, text, new ErrorTexts(new Messages(Locale.ENGLISH)),
                SheetOptions.defaults(), SheetLanguage.FR);
    }

    @Test
    void onlyTheNewestOptionsAreComposedAndShown() {
        SheetPreviewModel model = model();
        model.compose();
        model.setDevice(Device.THUNDERBIRD, true);
        model.setLanguage(SheetLanguage.DE);
        assertThat(model.canPrint()).isFalse();

        tasks.runAll();

        assertThat(composed).hasSize(1);
        assertThat(composed.get(0).language()).contains(SheetLanguage.DE);
        assertThat(composed.get(0).devices()).contains(Device.THUNDERBIRD);
        assertThat(model.pageCount()).isEqualTo(composed.get(0).devices().size());
        assertThat(model.status()).isEqualTo("Ready: " + model.pageCount() + " page(s)");
        assertThat(model.canPrint()).isTrue();
    }

    @Test
    void aPageAskedForBeforeARecomposeIsNotShownOverTheNewSheet() {
        SheetPreviewModel model = model();
        model.compose();
        tasks.runAll();
        model.next();
        model.setDevice(Device.MACOS, true);

        tasks.runAll();

        assertThat(model.page()).isZero();
        assertThat(model.canGoBack()).isFalse();
    }

    /** A PDF of {@code pages} empty pages. */
    private static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
