package org.citizendialogue.shared.metrics;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts the open browser tabs (Vaadin UIs) on this node, for operators: {@code dialogue_ui_open}. */
@Component
public class OpenUis {

    private final AtomicInteger open = new AtomicInteger();

    OpenUis(MeterRegistry registry) {
        Gauge.builder("dialogue.ui.open", open, AtomicInteger::get)
                .description("Open browser tabs (Vaadin UIs) on this node").register(registry);
    }

    /** Counts the UI until it is detached (closed, or its session ended). */
    public void opened(UI ui) {
        open.incrementAndGet();
        ui.addDetachListener(detached -> open.decrementAndGet());
    }
}
