package org.w3id.parley.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Credentials from a file or the environment, and the messages when they are wrong. */
class CredentialsTest {
    @TempDir
    Path dir;

    @Test
    void aFileHoldsUserColonPasswordOnItsFirstLine() throws Exception {
        Path f = dir.resolve("cred");
        Files.writeString(f, "alice:pa:ss word\r\nignored\n");
        assertEquals(new Credentials("alice", "pa:ss word"), Credentials.fromFile(f));
    }

    @Test
    void aBadFileIsNamedWithoutItsContent() throws Exception {
        Path f = dir.resolve("cred");
        Files.writeString(f, "secret-without-colon\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile(f));
        assertEquals("Illegal credentials file " + f + ": the first line must be user:password", e.getMessage());
        var missing = assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile(dir.resolve("none")));
        assertTrue(missing.getMessage().startsWith("cannot read credentials file " + dir.resolve("none")), missing.getMessage());
    }

    @Test
    void theEnvironmentNeedsBothVariablesOrNeither() {
        assertEquals(Optional.empty(), Credentials.fromEnvironment(Map.of()));
        assertEquals(Optional.of(new Credentials("bob", "pw")),
                Credentials.fromEnvironment(Map.of("PARLEY_USER", "bob", "PARLEY_PASSWORD", "pw")));
        var e = assertThrows(IllegalArgumentException.class, () -> Credentials.fromEnvironment(Map.of("PARLEY_USER", "bob")));
        assertEquals("PARLEY_USER is set but PARLEY_PASSWORD is not: set both or neither", e.getMessage());
    }

    @Test
    void thePasswordNeverShows() {
        assertEquals("Credentials[user=bob, password=***]", new Credentials("bob", "hunter2").toString());
        assertThrows(IllegalArgumentException.class, () -> new Credentials("", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Credentials("a:b", "x"));
    }
}
