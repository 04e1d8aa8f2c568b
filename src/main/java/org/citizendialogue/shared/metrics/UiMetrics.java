package org.citizendialogue.shared.metrics;

import org.citizendialogue.shared.ui.OpenUis;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The open browser tabs (Vaadin UIs) on this node, for operators: {@code dialogue_ui_open}. */
@Component
class UiMetrics {

    UiMetrics(MeterRegistry registry, OpenUis openUis) {
        Gauge.builder("dialogue.ui.open", openUis, OpenUis::count)
                .description("Open browser tabs (Vaadin UIs) on this node")
                .register(registry);
    }
}
