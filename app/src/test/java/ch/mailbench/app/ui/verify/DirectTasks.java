package ch.mailbench.app.ui.verify;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs background work in place: presentation-model tests see every result at once. */
final class DirectTasks implements BackgroundTasks {

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable update) {
        update.run();
    }
}
