package org.citizendialogue.shared;

import java.util.Set;

import org.citizendialogue.shared.cluster.CrossNode;

/**
 * An account's roles changed; {@code roles} is what it holds now. Published by account
 * administration; open UIs of that person leave what they may no longer see (issue 11, finding 4).
 */
public record RolesChanged(long accountId, Set<Roles> roles) implements CrossNode {}
