/**
 * Official answers: drafted and published by bureau staff, attributed to the bureau and the
 * official's public title. Only published answers are ever returned to the public.
 */
package org.citizendialogue.answer;
