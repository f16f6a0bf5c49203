package org.bridgework.reports;

/** A download: its file name, its content type and its bytes. */
public record ReportFile(String fileName, String contentType, byte[] bytes) {
}
