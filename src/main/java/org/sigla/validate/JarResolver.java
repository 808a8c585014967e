package org.sigla.validate;

import com.thaiopensource.resolver.BasicResolver;
import com.thaiopensource.resolver.Identifier;
import com.thaiopensource.resolver.Input;
import com.thaiopensource.resolver.Resolver;
import com.thaiopensource.resolver.ResolverException;
import java.io.IOException;

/**
 * Resolves a schema's includes relative to a schema inside Sigla's jar. Jing resolves
 * relative references with java.net.URI, which cannot resolve against an opaque jar: URI,
 * so sigla.rng's include of tei_all.rng would otherwise be looked for in the working folder.
 */
final class JarResolver implements Resolver {

    private static final Resolver BASIC = BasicResolver.getInstance();

    @Override
    public void resolve(Identifier id, Input input) throws IOException, ResolverException {
        String base = id.getBase();
        String reference = id.getUriReference();
        if (base != null && base.startsWith("jar:") && !reference.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            input.setUri(base.substring(0, base.lastIndexOf('/') + 1) + reference);
            return;
        }
        BASIC.resolve(id, input);
    }

    /** A schema includes only what is on this machine: Sigla never fetches from the network. */
    @Override
    public void open(Input input) throws IOException, ResolverException {
        String uri = input.getUri();
        if (uri != null && !uri.startsWith("file:") && !uri.startsWith("jar:")) {
            throw new IOException(uri + " is not on this machine, and Sigla does not fetch schemas (map it to a local copy with --catalog)");
        }
        BASIC.open(input);
    }
}
