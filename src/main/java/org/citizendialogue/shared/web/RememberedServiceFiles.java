package org.citizendialogue.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class loader that remembers where the service files ({@code META-INF/services/…}) of its
 * parent are, and asks the parent for everything else. Vaadin creates a {@code ServiceLoader} for
 * {@code PushConnectionFactory} on every page open; without this each one searched every nested
 * jar of the production jar for a file that is not there (issue 13, decision 039). The class path does not
 * change while the portal runs, so the first answer stays true. It defines no classes: every
 * class is its parent's.
 */
final class RememberedServiceFiles extends ClassLoader {

    static final String SERVICE_FILES = "META-INF/services/";

    private final Map<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

    RememberedServiceFiles(ClassLoader parent) {
        super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith(SERVICE_FILES)) {
            return super.getResources(name);
        }
        try {
            return Collections.enumeration(serviceFiles.computeIfAbsent(name, this::parentResources));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<URL> parentResources(String name) {
        try {
            return List.copyOf(Collections.list(getParent().getResources(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
