/**
 * The poll screens: the staff's poll page, and the parts other pages embed through
 * {@link org.citizendialogue.poll.ui.PollComponents} (the only type of this package other
 * modules use; it is the module's named interface "ui").
 */
@org.springframework.modulith.NamedInterface("ui")
package org.citizendialogue.poll.ui;
