package org.citizendialogue.dialogue;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DialogueRepository extends ListCrudRepository<Dialogue, Long> {

    @Query("SELECT COUNT(*) FROM topic WHERE dialogue_id = :dialogueId")
    int countTopics(long dialogueId);
}
