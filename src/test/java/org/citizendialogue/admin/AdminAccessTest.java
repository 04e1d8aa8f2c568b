package org.citizendialogue.admin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.citizendialogue.account.AccountAdmin;
import org.citizendialogue.answer.ProgrammeStaffAdmin;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.programme.ProgrammeAdmin;
import org.citizendialogue.programme.TopicDraft;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** Every admin service method refuses residents, moderators and staff, whatever the view shows. */
@IntegrationTest
class AdminAccessTest {

    @Autowired
    ProgrammeAdmin programmes;

    @Autowired
    AccountAdmin accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    ProgrammeStaffAdmin staff;

    @Autowired
    Acting acting;

    @Test
    void non_admins_are_refused_on_every_admin_service_method() {
        List<Runnable> calls = List.of(
                programmes::programmes,
                programmes::bureaus,
                () -> programmes.programme(1),
                () -> programmes.create(ProgrammeAdminTest.draft(ProgrammeAdminTest.slug())),
                () -> programmes.edit(1, 0, ProgrammeAdminTest.draft(Demo.DIALOGUE)),
                () -> programmes.addTopic(1, new TopicDraft(ProgrammeAdminTest.en("Crafted"), "crafted", null)),
                () -> programmes.editTopic(
                        Demo.TOPIC_ID, new TopicDraft(ProgrammeAdminTest.en("Crafted"), "crafted", null)),
                () -> programmes.moveTopic(Demo.TOPIC_ID, false),
                () -> programmes.removeTopic(Demo.TOPIC_ID),
                () -> accounts.search("", 0, 10),
                () -> accounts.grant(1, Roles.ADMIN),
                () -> accounts.revoke(1, Roles.RESIDENT),
                () -> accounts.setPublicTitle(1, Bilingual.of(null, "Crafted")),
                () -> audit.byActor(1, 10),
                () -> accounts.withRole(Roles.STAFF),
                () -> staff.staffOf(1),
                () -> staff.assign(1, 3),
                () -> staff.unassign(1, 3));
        for (var who : List.of(Demo.RESIDENT, Demo.MODERATOR, Demo.STAFF)) {
            for (int i = 0; i < calls.size(); i++) {
                var call = calls.get(i);
                assertThatThrownBy(() -> acting.run(who, call))
                        .as(who + " call " + i)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        for (var call : calls) {
            assertThatThrownBy(call::run)
                    .as("nobody signed in")
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        }
    }
}
