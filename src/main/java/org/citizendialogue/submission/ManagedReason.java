package org.citizendialogue.submission;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of the managed list of rejection reasons, as admins change it: its public texts, whether
 * moderators are offered it and its place in the list. Never deleted (submissions keep its code).
 * {@link RejectionReason} is how everyone else reads it.
 */
@Table("rejection_reason")
class ManagedReason {

    @Id
    private Long id;

    @Version
    private Integer version;

    private String code;

    @Column("text_en")
    private String english;

    @Column("text_zh")
    private String chinese;

    private boolean active;
    private int position;

    @PersistenceCreator
    ManagedReason() {}

    /** A new, active reason at this place; the texts and code are checked already. */
    static ManagedReason add(String code, String english, String chinese, int position) {
        var reason = new ManagedReason();
        reason.code = code;
        reason.english = english;
        reason.chinese = chinese;
        reason.active = true;
        reason.position = position;
        return reason;
    }

    /** Takes new public texts; returns whether anything changed. */
    boolean retext(String newEnglish, String newChinese) {
        if (english.equals(newEnglish) && chinese.equals(newChinese)) {
            return false;
        }
        english = newEnglish;
        chinese = newChinese;
        return true;
    }

    /** Offered to moderators or not; returns whether that changed. */
    boolean offer(boolean offered) {
        if (active == offered) {
            return false;
        }
        active = offered;
        return true;
    }

    /** Takes a place in the list; returns whether it moved. */
    boolean placeAt(int newPosition) {
        if (position == newPosition) {
            return false;
        }
        position = newPosition;
        return true;
    }

    /** Whether the version is the one the admin saw. */
    boolean isVersion(int seen) {
        return version != null && version == seen;
    }

    RejectionReason view() {
        return new RejectionReason(id, version, code, english, chinese, active, position);
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String english() {
        return english;
    }

    String chinese() {
        return chinese;
    }

    boolean active() {
        return active;
    }
}
