package org.bridgework.families;

/** A downloaded document: its bytes, the type sniffed at upload, and a safe file name to offer. */
public record DocumentContent(String fileName, String contentType, byte[] bytes) {
}
