package org.bridgework.security;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** At least 12 characters, and none of the passwords that attackers try first. */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private final Set<String> common;

    PasswordPolicy() {
        try (var in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the password is refused, in words a user can act on; empty when it is acceptable. */
    public Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. A few unrelated words make a strong password.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || isOneCharacterRepeated(lower)) {
            return Optional.of("This password is too common and easy to guess. Choose another.");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the username.");
        }
        return Optional.empty();
    }

    private static boolean isOneCharacterRepeated(String s) {
        return s.chars().distinct().count() <= 2;
    }
}
