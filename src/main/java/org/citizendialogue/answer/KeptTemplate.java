package org.citizendialogue.answer;

import java.time.Instant;

import org.citizendialogue.shared.Bilingual;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One answer template as admins keep it; {@link AnswerTemplate} is how it is read. */
@Table("answer_template")
class KeptTemplate {

    @Id
    private Long id;

    @Version
    private Integer version;

    private Long dialogueId;
    private String titleZh;
    private String titleEn;
    private String bodyZh;
    private String bodyEn;
    private Instant createdAt;

    @PersistenceCreator
    KeptTemplate() {}

    /** A new template, of one programme or of all (null); the texts are checked already. */
    static KeptTemplate of(Long dialogueId, Bilingual title, Bilingual body, Instant now) {
        var template = new KeptTemplate();
        template.dialogueId = dialogueId;
        template.titleZh = title.zh();
        template.titleEn = title.en();
        template.bodyZh = body.zh();
        template.bodyEn = body.en();
        template.createdAt = now;
        return template;
    }

    AnswerTemplate view() {
        return new AnswerTemplate(id, dialogueId, Bilingual.of(titleZh, titleEn), Bilingual.of(bodyZh, bodyEn));
    }

    Long id() {
        return id;
    }
}
