package org.citizendialogue.submission;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ListedPhraseRepository extends ListCrudRepository<ListedPhrase, Long> {

    boolean existsByPhrase(String phrase);

    List<ListedPhrase> findAllByOrderByPhraseAscIdAsc();
}
