package org.bridgework.residents;

/**
 * Published inside the merge transaction: every feature moves its own records from the duplicate
 * to the survivor. {@code undo} is true when a merge is being reversed (move back from survivor to duplicate).
 */
public record ResidentsMerged(long survivorId, long duplicateId, boolean undo) {
}
