package org.w3id.parley.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a password file before the server relies on it. The format is Jetty's
 * {@code HashLoginService} properties: one user per line, {@code name: password[, role…]};
 * {@code #} starts a comment. The password may be plain, or {@code MD5:…}, {@code CRYPT:…},
 * {@code OBF:…} as Jetty's {@code Password} tool prints them.
 */
final class PasswordFile {
    private static final Pattern USER = Pattern.compile("\\s*[^#!\\s:=][^:=]*\\s*[:=]\\s*\\S.*");

    private PasswordFile() {}

    /** Returns {@code file} if it is a readable file with at least one {@code name: password} line. */
    static Path check(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("Illegal password file=" + file + ": no such file");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Illegal password file=" + file + ": cannot read it: " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) continue;
            if (!USER.matcher(line).matches())
                throw new IllegalArgumentException("Illegal password file=" + file + ":" + (i + 1) + ": a line must be 'name: password'");
        }
        if (lines.stream().map(String::strip).noneMatch(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!")))
            throw new IllegalArgumentException("Illegal password file=" + file + ": it names no user; add a line 'name: password'");
        return file;
    }
}
