package org.citizendialogue.programme;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProgrammeRepository extends ListCrudRepository<Programme, Long> {

    @Query("SELECT COUNT(*) FROM topic WHERE dialogue_id = :dialogueId")
    int countTopics(long dialogueId);
}
