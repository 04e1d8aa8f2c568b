package org.citizendialogue.shared;

/**
 * An account's personal data was erased (issue 12): published after the commit, so that what
 * lives outside the database (sessions, the search index, open pages) lets go of it too.
 */
public record PersonalDataErased(long accountId) {
}
