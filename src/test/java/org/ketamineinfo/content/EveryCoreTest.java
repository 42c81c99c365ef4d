package org.ketamineinfo.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EveryCoreTest {

    @Test
    void eachItemIsMappedOnceAndTheResultsKeepTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        AtomicInteger calls = new AtomicInteger();

        List<String> mapped = EveryCore.map(items, item -> {
            calls.incrementAndGet();
            return "#" + item;
        });

        assertThat(mapped).hasSize(5_000).startsWith("#0", "#1").endsWith("#4999");
        assertThat(mapped).isEqualTo(items.stream().map(item -> "#" + item).toList());
        assertThat(calls).hasValue(5_000);
        assertThatThrownBy(() -> mapped.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theCallerTakesItemsItselfRatherThanOnlyWaiting() {
        Set<String> threads = ConcurrentHashMap.newKeySet();

        EveryCore.map(IntStream.range(0, 100).boxed().toList(), item -> {
            threads.add(Thread.currentThread().getName());
            sleepOneMillisecond(); // so a helper that starts first cannot take every item before the caller
            return item;
        });

        // (Whether a helper takes any depends on the common pool being free, so it is not asserted.)
        assertThat(threads).contains(Thread.currentThread().getName());
    }

    private static void sleepOneMillisecond() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theFirstFailureIsThrownAsItselfAndNoFurtherItemsStart() {
        IllegalStateException broken = new IllegalStateException("item 10 is broken");
        AtomicInteger started = new AtomicInteger();

        assertThatThrownBy(() -> EveryCore.map(IntStream.range(0, 100_000).boxed().toList(), item -> {
            started.incrementAndGet();
            if (item == 10) {
                throw broken;
            }
            return item;
        })).isSameAs(broken);
        // The items already taken by other cores finish; none is started after the failure is seen.
        assertThat(started.get()).isLessThan(100_000);
    }

    @Test
    void anEmptyListAndOneItemNeedNoOtherCore() {
        assertThat(EveryCore.map(List.<String>of(), String::length)).isEmpty();
        assertThat(EveryCore.map(List.of("one"), item -> Thread.currentThread().getName()))
                .containsExactly(Thread.currentThread().getName());
    }
}
