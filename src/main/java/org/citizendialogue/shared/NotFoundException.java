package org.citizendialogue.shared;

/** The thing asked for does not exist, or is not visible to the person asking. */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("error.not-found");
    }
}
