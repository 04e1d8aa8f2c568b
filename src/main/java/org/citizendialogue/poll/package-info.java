/**
 * Live polls during a broadcast (issue 17, part 3; decision 028): staff of a programme prepare,
 * open and close quick questions to the audience; residents vote once (and may change while the
 * poll is open); results reach the live wall, the programme's topic pages and staff by push.
 * {@link org.citizendialogue.poll.Polls} is the one door; {@link org.citizendialogue.poll.Poll}
 * the read model every screen and open data share.
 */
@ApplicationModule(allowedDependencies = {"account", "audit", "programme", "shared"})
package org.citizendialogue.poll;

import org.springframework.modulith.ApplicationModule;
