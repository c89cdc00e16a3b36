package ch.mailbench.app.ui.verify;

import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@link BackgroundTasks} with a SwingWorker: work on a worker thread, results on the EDT. */
public final class SwingBackgroundTasks implements BackgroundTasks {

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        new SwingWorker<T, Void>() {
            @Override
            protected T doInBackground() {
                return work.get();
            }

            @Override
            protected void done() {
                try {
                    onSuccess.accept(get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    onFailure.accept(e.getCause());
                }
            }
        }.execute();
    }

    @Override
    public void onUiThread(Runnable update) {
        SwingUtilities.invokeLater(update);
    }
}
