package org.bridgework.scale;

import java.time.Duration;
import java.util.function.IntToLongFunction;

/**
 * A question the app answers, timed two ways: through the application's own service ({@code app}) and as the
 * best raw SQL for the same question ({@code bestSql}). Each gets the run number (to vary its input) and returns
 * how many rows it answered with; {@code sameAnswer} says the two must agree on that number.
 */
public record BenchmarkQuestion(String question, Duration target, boolean sameAnswer,
                                IntToLongFunction app, IntToLongFunction bestSql) {
}
