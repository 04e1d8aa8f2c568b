package org.citizendialogue.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

import com.vaadin.flow.spring.SpringServlet;

/** The running portal's Vaadin searches its service files through the remembering loader (issue 13, decision 039). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RememberedServiceSearchesHttpTest {

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
    }
}
