package org.sigla.publish;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sigla.Sigla;
import org.sigla.views.View;

/** Content hashes: of a source, and of everything else a build's output depends on. */
final class Fingerprint {

    private static String code;

    private Fingerprint() {}

    static String of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hash of a source and of the files its inclusions read, in order: a change to any of them changes the edition. */
    static String of(Path file, List<Path> included) throws IOException {
        if (included.isEmpty()) {
            return of(file);
        }
        StringBuilder all = new StringBuilder(of(file));
        for (Path each : included) {
            all.append(' ').append(Files.isRegularFile(each) ? of(each) : "missing");
        }
        MessageDigest digest = sha256();
        digest.update(all.toString().getBytes());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** What one view's files depend on besides the source: Sigla's own code, the view and the parameters. */
    static String settings(View view, Map<String, String> parameters) throws IOException {
        MessageDigest digest = sha256();
        digest.update(code().getBytes());
        digest.update(view.id().getBytes());
        digest.update(new TreeMap<>(parameters).toString().getBytes());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hash of Sigla's jar, or of its stylesheets and schemas when it runs from classes. */
    private static synchronized String code() throws IOException {
        if (code == null) {
            try {
                Path location = Path.of(Sigla.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    code = of(location);
                } else {
                    MessageDigest digest = sha256();
                    for (String folder : List.of("org/sigla/xslt", "org/sigla/schema")) {
                        try (Stream<Path> files = Files.walk(location.resolve(folder))) {
                            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                                digest.update(file.toString().getBytes());
                                digest.update(Files.readAllBytes(file));
                            }
                        }
                    }
                    code = HexFormat.of().formatHex(digest.digest());
                }
            } catch (URISyntaxException e) {
                throw new IOException("Sigla's own location cannot be read: " + e.getMessage(), e);
            }
        }
        return code;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
