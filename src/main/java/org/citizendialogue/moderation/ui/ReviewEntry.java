package org.citizendialogue.moderation.ui;

import java.util.List;

import org.citizendialogue.report.ReportNote;
import org.citizendialogue.report.ReportReason;

import com.vaadin.flow.component.Component;

/**
 * One reported or hidden piece of content as the review shows it, whatever its kind: the
 * components that say what it is and where it stands, its text, the open reports (count,
 * distinct reasons, notes), why it was hidden, which decisions are open to the moderator, and
 * the actions its kind adds (mark as duplicate, suspend the author).
 */
record ReviewEntry(
        long id,
        List<Component> meta,
        String body,
        int openReports,
        List<ReportReason> reasons,
        List<ReportNote> notes,
        String hiddenReason,
        boolean hidden,
        boolean dismissable,
        List<Component> moreActions) {}
