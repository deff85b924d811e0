package org.jiebang.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesArePbkdf2Sha256WithAtLeast600000Iterations() {
        String[] parts = hasher.hash("correct horse 42").split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000);
        assertEquals(4, parts.length);
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = hasher.hash("密码 correct 42");
        assertTrue(hasher.verify("密码 correct 42", stored));
        assertFalse(hasher.verify("密码 correct 43", stored));
        assertFalse(hasher.verify("", stored));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertNotEquals(hasher.hash("same password 1"), hasher.hash("same password 1"));
    }

    @Test
    void theIterationCountIsReadFromTheStoredHash() {
        // an older, weaker hash still verifies, and is reported for rehashing
        String weak = "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0c2FsdA==:"
                + java.util.Base64.getEncoder().encodeToString(derive("pw1234567890", "saltsaltsaltsalt", 1000));
        assertTrue(hasher.verify("pw1234567890", weak));
        assertTrue(hasher.needsRehash(weak));
        assertFalse(hasher.needsRehash(hasher.hash("pw1234567890")));
    }

    @Test
    void garbageNeverMatches() {
        assertFalse(hasher.verify("x", "plain-text-password"));
        assertFalse(hasher.verify("x", null));
    }

    private static byte[] derive(String password, String salt, int iterations) {
        try {
            var spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(),
                    salt.getBytes(java.nio.charset.StandardCharsets.UTF_8), iterations, 256);
            return javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
