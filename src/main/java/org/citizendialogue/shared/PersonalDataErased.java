package org.citizendialogue.shared;

import org.citizendialogue.shared.cluster.CrossNode;

/**
 * An account's personal data was erased (issue 12): published after the commit, so that what
 * lives outside the database (sessions, the search index, queued e-mails) lets go of it too, on
 * every node (decision 026).
 */
public record PersonalDataErased(long accountId) implements CrossNode {}
