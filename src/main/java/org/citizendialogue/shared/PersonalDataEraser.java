package org.citizendialogue.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one module erases when a person deletes their account (issue 12, decision 024): each
 * module removes or anonymises its own rows, so the deletion needs to know none of their tables.
 * Everything runs in one transaction, in {@link #erasureOrder()} order; a module that erases text
 * (an unpublished question, a redacted original) adds it to the {@link Erasure}, so that modules
 * later in the order (the audit log) remove every copy of it too.
 */
public interface PersonalDataEraser {

    /** Lower first; the account itself goes last, the audit log just before it. */
    int erasureOrder();

    void erase(Erasure erasure);

    /** One account being erased: who it was, what the person chose, and the texts erased so far. */
    final class Erasure {
        private final long accountId;
        private final String email;
        private final String displayName;
        private final boolean removeUnansweredPublished;
        private final List<String> erasedTexts = new ArrayList<>();

        public Erasure(long accountId, String email, String displayName, boolean removeUnansweredPublished) {
            this.accountId = accountId;
            this.email = email;
            this.displayName = displayName;
            this.removeUnansweredPublished = removeUnansweredPublished;
        }

        public long accountId() {
            return accountId;
        }

        /** The e-mail address as it was; every copy of it goes. */
        public String email() {
            return email;
        }

        /** The display name as it was; every copy of it goes. */
        public String displayName() {
            return displayName;
        }

        /** Whether the person chose to take their published text without an official answer off the record too. */
        public boolean removeUnansweredPublished() {
            return removeUnansweredPublished;
        }

        /** Records a text that was erased, so that copies of it elsewhere are erased as well. */
        public void erased(String text) {
            if (text != null && !text.isBlank()) {
                erasedTexts.add(text);
            }
        }

        public List<String> erasedTexts() {
            return Collections.unmodifiableList(erasedTexts);
        }

        /** What stands in an erased text's place wherever a row must keep some text. */
        public static final String MARK = "[erased]";
    }
}
