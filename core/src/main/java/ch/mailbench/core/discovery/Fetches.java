package ch.mailbench.core.discovery;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Fetches several addresses of one source at once and takes the first that worked in the source's
 * order of preference — so a silent https server costs one timeout, not one per address.
 */
final class Fetches {

    /** The first usable result by order, and why each address before it gave nothing. */
    record Outcome<T>(Optional<T> first, List<String> failures) { }

    /** A fetch that parses what it got; an exception is the reason it gave nothing. */
    interface Fetch<T> {
        T get(URI uri) throws Exception;
    }

    private Fetches() {
    }

    static <T> Outcome<T> firstInOrder(Run run, List<URI> uris, Fetch<T> fetch) throws InterruptedException {
        List<CompletableFuture<T>> futures = new ArrayList<>();
        for (URI uri : uris) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return fetch.get(uri);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            }, run.executor()));
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                T value = run.await(futures.get(i), run.deadline);
                futures.subList(i + 1, futures.size()).forEach(f -> f.cancel(true));
                return new Outcome<>(Optional.of(value), failures);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                        ? c.getCause() : e.getCause();
                failures.add(uris.get(i) + ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
            } catch (TimeoutException e) {
                failures.add(uris.get(i) + ": no answer in time");
            }
        }
        return new Outcome<>(Optional.empty(), failures);
    }
}
