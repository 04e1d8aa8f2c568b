/**
 * The verdict screens: the staff's verdict page of the answer desk, and the panel the question
 * page embeds under an answer through {@link org.citizendialogue.verdict.ui.VerdictComponents}
 * (the only type of this package other modules use; it is the module's named interface "ui").
 */
@org.springframework.modulith.NamedInterface("ui")
package org.citizendialogue.verdict.ui;
