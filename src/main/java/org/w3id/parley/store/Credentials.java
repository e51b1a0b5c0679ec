package org.w3id.parley.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user name and password for a protected SPARQL endpoint. They come from the environment
 * ({@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}) or from a file holding
 * {@code user:password} — never from the command line, where other users of the machine could
 * read them in the process list.
 *
 * @param user     the user name (not empty, no ':')
 * @param password the password (may contain ':')
 */
public record Credentials(String user, String password) {
    /** The environment variable holding the user name. */
    public static final String USER_VARIABLE = "PARLEY_USER";
    /** The environment variable holding the password. */
    public static final String PASSWORD_VARIABLE = "PARLEY_PASSWORD";

    /** Rejects an empty user, a user with ':' and a null password. */
    public Credentials {
        if (user == null || user.isEmpty()) throw new IllegalArgumentException("Illegal user=\"\": the user name must not be empty");
        if (user.indexOf(':') >= 0)
            throw new IllegalArgumentException("Illegal user=\"" + user + "\": the user name must not contain ':'");
        if (password == null) throw new IllegalArgumentException("Illegal password for user " + user + ": the password must not be null");
    }

    /**
     * Reads {@code user:password} from the first line of a file (UTF-8; the password is
     * everything after the first ':').
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or has no ':'
     */
    public static Credentials fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read credentials file " + file + ": " + e.getMessage(), e);
        }
        String line = lines.isEmpty() ? "" : lines.get(0);
        int colon = line.indexOf(':');
        // The message names the rule, never the content: the line holds a password.
        if (colon <= 0) throw new IllegalArgumentException("Illegal credentials file " + file + ": the first line must be user:password");
        return new Credentials(line.substring(0, colon), line.substring(colon + 1));
    }

    /**
     * The credentials in {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}, or empty when
     * neither is set.
     *
     * @param env the environment, usually {@code System.getenv()}
     * @throws IllegalArgumentException when only one of the two is set
     */
    public static Optional<Credentials> fromEnvironment(Map<String, String> env) {
        String user = env.get(USER_VARIABLE), password = env.get(PASSWORD_VARIABLE);
        if (user == null && password == null) return Optional.empty();
        if (user == null || password == null)
            throw new IllegalArgumentException((user == null ? PASSWORD_VARIABLE + " is set but " + USER_VARIABLE
                    : USER_VARIABLE + " is set but " + PASSWORD_VARIABLE) + " is not: set both or neither");
        return Optional.of(new Credentials(user, password));
    }

    /** The user only: a password never goes into logs or messages. */
    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
