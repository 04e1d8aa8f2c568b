package org.citizendialogue.submission;

import org.springframework.data.repository.ListCrudRepository;

interface SubmissionRepository extends ListCrudRepository<Submission, Long> {}
