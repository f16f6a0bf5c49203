package org.bridgework.families;

/** One need's score at an assessment or review: 1 (in great difficulty) to 10 (thriving). */
public record NeedScore(long needId, int score, String narrative) {
}
