package org.citizendialogue.answer;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AnswerRepository extends ListCrudRepository<Answer, Long> {

    Optional<Answer> findByQuestionId(long questionId);
}
