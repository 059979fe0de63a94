package org.hazardbridge.bench;

import java.util.Arrays;

/** Every sample kept (nanoseconds), so percentiles are exact; thread-safe. */
public final class Histogram {

    private long[] samples = new long[1 << 16];
    private int size;

    public synchronized void record(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    public synchronized int count() {
        return size;
    }

    /** The nearest-rank percentile, in nanoseconds. */
    public synchronized long percentile(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }

    public synchronized long max() {
        return size == 0 ? 0 : Arrays.stream(samples, 0, size).max().getAsLong();
    }
}
