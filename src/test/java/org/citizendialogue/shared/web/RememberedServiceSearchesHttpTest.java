package org.citizendialogue.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.SpringServlet;

/** The running portal's Vaadin searches its service files through the remembering loader (issue 13, decision 039). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RememberedServiceSearchesHttpTest {

    /** The context class loader of the threads that build a UI: where Vaadin's lookups search. */
    static final List<ClassLoader> BUILDING_LOADERS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class WatchTheBuildingThread {
        @Bean
        VaadinServiceInitListener watchTheBuildingThread() {
            return event -> event.getSource()
                    .addUIInitListener(
                            ui -> BUILDING_LOADERS.add(Thread.currentThread().getContextClassLoader()));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadin;

    @Test
    void a_topic_page_opens_with_vaadin_on_the_remembering_loader() throws Exception {
        var page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dialogues/" + Demo.DIALOGUE
                                        + "/topics/benchmark-city"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("question-list");
        assertThat(vaadin.getServlet().getService().getClassLoader()).isInstanceOf(RememberedServiceFiles.class);
        assertThat(BUILDING_LOADERS)
                .as("the lookups of the page's build search through the remembering loader")
                .isNotEmpty()
                .allSatisfy(loader -> assertThat(loader).isInstanceOf(RememberedServiceFiles.class));
    }
}
