package org.citizendialogue.shared.cluster;

/**
 * This node's link to the other nodes came back after a drop (decision 026): what they published
 * meanwhile was missed. Published on this node only; whatever keeps a copy of other nodes'
 * changes (the search index) reloads it.
 */
public record Resynchronised() {}
