package org.citizendialogue.search;

/** A piece of a hit's text; {@code match} pieces are what the query found. Plain text, never markup. */
public record TextFragment(String text, boolean match) {}
