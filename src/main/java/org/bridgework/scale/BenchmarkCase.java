package org.bridgework.scale;

import java.util.List;

/**
 * One feature's questions for the benchmark. Each feature adds its own bean; {@link #prepare} picks inputs from
 * the generated data (ids, names) and returns the questions, each timed through the app and as the best raw SQL.
 */
public interface BenchmarkCase {

    String name();

    /** Residents 10; later features 20 and up. */
    int order();

    List<BenchmarkQuestion> prepare(BenchmarkContext context);
}
