package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VirtualizerThresholdTest {
    @Test
    void defaultThresholdIsNeverBelowTheConstantAndIsWhatCreateUses() {
        assertThat(Reports.defaultVirtualizerThreshold()).isGreaterThanOrEqualTo(Reports.DEFAULT_VIRTUALIZER_THRESHOLD);
        assertThat(Reports.create().virtualizerThreshold()).isEqualTo(Reports.defaultVirtualizerThreshold());
        assertThat(Reports.builder().build().virtualizerThreshold()).isEqualTo(Reports.defaultVirtualizerThreshold());
    }

    @Test
    void defaultThresholdGrowsWithTheHeap() {
        // a quarter of the heap at 16 KB a row: 4 × 16 KB = 64 KB of heap per row
        long rowsThatFit = Runtime.getRuntime().maxMemory() / (64 * 1024);
        assertThat((long) Reports.defaultVirtualizerThreshold()).isEqualTo(Math.max(2_000, rowsThatFit));
    }

    @Test
    void anExplicitThresholdWins() {
        assertThat(Reports.builder().virtualizerThreshold(100).build().virtualizerThreshold()).isEqualTo(100);
        assertThat(Reports.builder().virtualizerThreshold(0).build().virtualizerThreshold()).isZero();
    }
}
