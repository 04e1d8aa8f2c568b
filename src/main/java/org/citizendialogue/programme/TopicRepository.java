package org.citizendialogue.programme;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TopicRepository extends ListCrudRepository<Topic, Long> {

    @Query("SELECT * FROM topic WHERE dialogue_id = :dialogueId ORDER BY position, id")
    List<Topic> inOrder(long dialogueId);

    @Query("SELECT COUNT(*) > 0 FROM topic WHERE dialogue_id = :dialogueId AND slug = :slug AND id <> :exceptId")
    boolean slugTaken(long dialogueId, String slug, long exceptId);
}
