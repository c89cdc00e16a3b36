package ch.mailbench.core.history;

import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.Store;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordingStoreTest {

    /** A store whose repositories are not there yet, as jOOQ's are not on the console's start-up path. */
    private static final class NotYetStore implements Store {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public Repositories repositories() {
            asked.incrementAndGet();
            throw new IllegalStateException("the repositories were asked for");
        }

        @Override
        public <T> T inTransaction(Function<Repositories, T> work) {
            throw new IllegalStateException("a transaction was started");
        }
    }

    @Test
    void makingTheStoreAsksNothingOfTheStoreUnderneath() {
        NotYetStore inner = new NotYetStore();

        RecordingStore store = new RecordingStore(inner, Clock.systemUTC(), "Anna");

        assertThat(inner.asked).hasValue(0);
        assertThatThrownBy(store::repositories).hasMessage("the repositories were asked for");
        assertThat(inner.asked).hasValue(1);
    }
}
