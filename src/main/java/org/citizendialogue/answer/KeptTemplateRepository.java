package org.citizendialogue.answer;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The answer templates as aggregates, and their two lists. */
interface KeptTemplateRepository extends ListCrudRepository<KeptTemplate, Long> {

    /** A programme's templates and the global ones, by title. */
    @Query("""
            SELECT * FROM answer_template WHERE dialogue_id IS NULL OR dialogue_id = :dialogueId
            ORDER BY COALESCE(title_en, title_zh), id""")
    List<KeptTemplate> findFitting(long dialogueId);

    /** Every template, global ones first. */
    @Query("""
            SELECT * FROM answer_template
            ORDER BY dialogue_id IS NOT NULL, dialogue_id, COALESCE(title_en, title_zh), id""")
    List<KeptTemplate> findAllInOrder();
}
