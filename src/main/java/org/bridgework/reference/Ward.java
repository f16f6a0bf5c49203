package org.bridgework.reference;

public record Ward(String code, String name) {
}
