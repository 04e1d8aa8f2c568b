package org.citizendialogue.poll;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Closed polls are open data: both languages, each option's votes, the total; drafts and open polls are not. */
@IntegrationTest
class PollOpenDataTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void the_demo_programme_publishes_its_closed_poll() throws Exception {
        var http = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        http.perform(get("/api/dialogues/" + Demo.DIALOGUE + "/polls.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value(1))
                .andExpect(jsonPath("$.polls[?(@.id == 240)].question.zh").value("数字经济中，您最关心哪一方面？"))
                .andExpect(jsonPath("$.polls[?(@.id == 240)].totalVotes").value(6))
                .andExpect(jsonPath("$.polls[?(@.id == 240)].options[2].votes").value(3));
        http.perform(get("/api/dialogues/no-such-programme/polls.json")).andExpect(status().isNotFound());
    }
}
