package org.bridgework.privacy;

/** A subject access export in two forms: JSON for machines, PDF for the person who asked. */
public record SubjectAccessExport(long residentId, String fileBaseName, byte[] json, byte[] pdf) {
}
