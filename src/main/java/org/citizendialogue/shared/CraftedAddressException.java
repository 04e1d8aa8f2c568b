package org.citizendialogue.shared;

/** An address no link of the portal produces (a malformed escape, a {@code ..} segment): a 400, not an error. */
public class CraftedAddressException extends RuntimeException {

    public CraftedAddressException(String message) {
        super(message);
    }
}
