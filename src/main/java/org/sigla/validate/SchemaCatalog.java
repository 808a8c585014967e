package org.sigla.validate;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xmlresolver.CatalogManager;
import org.xmlresolver.ResolverFeature;
import org.xmlresolver.XMLResolverConfiguration;

/**
 * Where a schema an edition names can be read, without the network: a relative address
 * against the edition's folder; a remote one through OASIS XML catalogs (the convention of
 * oXygen and of the XML resolver Saxon uses), Sigla's own (the TEI's tei_all addresses, mapped
 * to the copy in its jar) and the editor's ({@code --catalog FILE}). Sigla never fetches a
 * schema: an address no catalog maps is not read.
 */
public final class SchemaCatalog {

    /** Sigla's catalog: the TEI's published addresses of tei_all, mapped to the schema in the jar. */
    private static final String BUILT_IN = "/org/sigla/schema/catalog.xml";

    private final CatalogManager catalogs;

    /** @param editorCatalogs the editor's catalog files, searched before Sigla's */
    public SchemaCatalog(List<Path> editorCatalogs) {
        List<String> files = new ArrayList<>();
        editorCatalogs.forEach(catalog -> files.add(catalog.toAbsolutePath().toUri().toString()));
        URL builtIn = SchemaCatalog.class.getResource(BUILT_IN);
        if (builtIn != null) {
            files.add(builtIn.toExternalForm());
        }
        XMLResolverConfiguration configuration = new XMLResolverConfiguration(List.of(), files);
        // Only the catalogs named here: none found on the class path, none in archives, no processing instructions.
        configuration.setFeature(ResolverFeature.CLASSPATH_CATALOGS, false);
        configuration.setFeature(ResolverFeature.ARCHIVED_CATALOGS, false);
        configuration.setFeature(ResolverFeature.ALLOW_CATALOG_PI, false);
        catalogs = configuration.getFeature(ResolverFeature.CATALOG_MANAGER);
    }

    /**
     * The local address of a schema named by an edition, or null where it cannot be read
     * here (a remote address no catalog maps, or a file that is not there).
     */
    String locate(String href, Path edition) {
        URI mapped = catalogs.lookupURI(href);
        if (mapped == null) {
            mapped = catalogs.lookupSystem(href);
        }
        URI address;
        if (mapped != null) {
            address = mapped;
        } else if (href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !href.startsWith("file:")) {
            return null;
        } else {
            Path folder = edition.toAbsolutePath().getParent();
            address = href.startsWith("file:") ? URI.create(href) : folder.toUri().resolve(href.replace(" ", "%20"));
        }
        if ("jar".equals(address.getScheme())) {
            return address.toString();
        }
        if (!"file".equals(address.getScheme())) {
            return null;
        }
        return Files.isReadable(Path.of(address)) ? address.toString() : null;
    }
}
