package org.citizendialogue.answer;

import java.util.List;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditRecord;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' side of who answers for a programme: a staff member's desk shows only the
 * programmes they are assigned to. Assigning and removing are audited.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ProgrammeStaffAdmin {

    private final ProgrammeStaff staff;
    private final AccountService accounts;
    private final ProgrammeService programmes;
    private final AuditLog audit;

    ProgrammeStaffAdmin(ProgrammeStaff staff, AccountService accounts, ProgrammeService programmes, AuditLog audit) {
        this.staff = staff;
        this.accounts = accounts;
        this.programmes = programmes;
        this.audit = audit;
    }

    /** The accounts answering for the programme, in the order they were assigned. */
    @Transactional(readOnly = true)
    public List<Long> staffOf(long dialogueId) {
        return staff.staffOf(dialogueId);
    }

    /** Lets a staff member answer for the programme; assigning twice changes nothing. */
    public void assign(long dialogueId, long accountId) {
        programmes.status(dialogueId).orElseThrow(NotFoundException::new);
        if (!accounts.hasRole(accountId, Roles.STAFF)) {
            throw new DomainException("admin.staff.error.not-staff");
        }
        if (staff.assign(dialogueId, accountId)) {
            record("STAFF_ASSIGNED", dialogueId, accountId);
        }
    }

    /** Takes the programme off a staff member's desk; their published answers stay as they are. */
    public void unassign(long dialogueId, long accountId) {
        if (staff.unassign(dialogueId, accountId)) {
            record("STAFF_UNASSIGNED", dialogueId, accountId);
        }
    }

    private void record(String action, long dialogueId, long accountId) {
        var actor = CurrentUser.require();
        audit.record(new AuditRecord(
                actor.accountId(),
                actor.displayName(),
                action,
                "DIALOGUE",
                dialogueId,
                null,
                String.valueOf(accountId),
                "account " + accountId));
    }
}
