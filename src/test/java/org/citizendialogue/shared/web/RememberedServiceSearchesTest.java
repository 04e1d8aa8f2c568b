package org.citizendialogue.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.internal.DevModeHandlerManager;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.PushConnectionFactory;

/** Vaadin's per-page searches for service files read the class path once (issue 13, decision 039). */
class RememberedServiceSearchesTest {

    private final CountingLoader classPath = new CountingLoader();
    private ClassLoader before;

    @BeforeEach
    void onTheCountingClassPath() {
        before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(classPath);
    }

    @AfterEach
    void restore() {
        Thread.currentThread().setContextClassLoader(before);
    }

    @Test
    void a_push_factory_search_reads_the_class_path_once_not_on_every_page() {
        var remembered = new RememberedServiceFiles(classPath);
        for (int page = 0; page < 3; page++) {
            assertThat(ServiceLoader.load(PushConnectionFactory.class, remembered)
                            .iterator()
                            .hasNext())
                    .isFalse();
        }
        assertThat(classPath.searchesFor(PushConnectionFactory.class)).isEqualTo(1);
    }

    @Test
    void requests_run_with_a_context_loader_that_remembers_so_lookups_search_once() {
        var searches = new RememberedServiceSearches();
        List<ClassLoader> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            var request = vaadinRequest();
            searches.requestStart(request, null);
            seen.add(Thread.currentThread().getContextClassLoader());
            // what Vaadin's lookup does for a service that is not one of its own
            assertThat(ServiceLoader.load(DevModeHandlerManager.class)
                            .iterator()
                            .hasNext())
                    .isFalse();
            searches.requestEnd(request, null, null);
            assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(classPath);
        }
        assertThat(seen)
                .hasSize(3)
                .allSatisfy(loader -> assertThat(loader)
                        .isInstanceOf(RememberedServiceFiles.class)
                        .isSameAs(seen.get(0))
                        .extracting(ClassLoader::getParent)
                        .isSameAs(classPath));
        assertThat(classPath.searchesFor(DevModeHandlerManager.class)).isEqualTo(1);
    }

    @Test
    void the_thread_gets_its_own_loader_back_when_a_request_fails() {
        var searches = new RememberedServiceSearches();
        var request = vaadinRequest();
        searches.requestStart(request, null);
        var failure = new IllegalStateException("the page failed");
        // Vaadin ends every request, a failed one too, after handing the exception over
        searches.handleException(request, null, null, failure);
        searches.requestEnd(request, null, null);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(classPath);
        assertThat(request.getAttribute(RememberedServiceSearches.OWN_LOADER)).isNull();
    }

    private static VaadinServletRequest vaadinRequest() {
        return new VaadinServletRequest(new MockHttpServletRequest(), null);
    }

    @Test
    void service_files_that_exist_are_still_found_and_other_resources_are_not_remembered() throws IOException {
        var remembered = new RememberedServiceFiles(classPath);
        var name = "META-INF/services/" + Lookup.class.getName();
        assertThat(list(remembered.getResources(name)))
                .isEqualTo(list(classPath.getParent().getResources(name)));
        remembered.getResources("application.properties");
        remembered.getResources("application.properties");
        assertThat(classPath.searches.get("application.properties")).isEqualTo(2);
    }

    @Test
    void classes_are_the_parents_own() throws ClassNotFoundException {
        var remembered = new RememberedServiceFiles(classPath);
        assertThat(remembered.loadClass(Lookup.class.getName())).isSameAs(Lookup.class);
    }

    private static List<URL> list(Enumeration<URL> urls) {
        var all = new ArrayList<URL>();
        urls.asIterator().forEachRemaining(all::add);
        return all;
    }

    /** Counts the class path searches its callers make. */
    private static final class CountingLoader extends ClassLoader {
        final Map<String, Integer> searches = new ConcurrentHashMap<>();

        CountingLoader() {
            super(RememberedServiceSearchesTest.class.getClassLoader());
        }

        int searchesFor(Class<?> service) {
            return searches.getOrDefault("META-INF/services/" + service.getName(), 0);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            searches.merge(name, 1, Integer::sum);
            return super.getResources(name);
        }
    }
}
