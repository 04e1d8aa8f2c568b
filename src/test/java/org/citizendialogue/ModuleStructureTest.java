package org.citizendialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Modules talk only through each other's public face and events, and never in a cycle. Each module
 * declares the modules it may use ({@code allowedDependencies} in its {@code package-info}); the
 * declarations are the map of the system, so they list exactly what is used, no more. The graph is
 * written to {@code target/module-graph.md}.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }

    @Test
    void each_module_declares_exactly_the_modules_it_uses() throws IOException {
        var used = new TreeMap<String, TreeSet<String>>();
        var declared = new TreeMap<String, TreeSet<String>>();
        MODULES.forEach(module -> {
            var name = module.getIdentifier().toString();
            used.put(
                    name,
                    module.getDirectDependencies(MODULES)
                            .uniqueModules()
                            .map(m -> m.getIdentifier().toString())
                            .collect(Collectors.toCollection(TreeSet::new)));
            var annotation = packageAnnotation(module.getBasePackage().getName());
            if (annotation != null && annotation.type() != ApplicationModule.Type.OPEN) {
                declared.put(
                        name,
                        Arrays.stream(annotation.allowedDependencies())
                                .map(d -> d.split("::")[0].strip())
                                .collect(Collectors.toCollection(TreeSet::new)));
            }
        });
        var graph = new StringBuilder("# Module graph\n\n| module | uses |\n| --- | --- |\n");
        used.forEach((module, uses) -> graph.append("| `")
                .append(module)
                .append("` | ")
                .append(String.join(", ", uses))
                .append(" |\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "module-graph.md"), graph);

        used.keySet().stream()
                .filter(m -> !m.equals("shared"))
                .forEach(module -> assertThat(declared.get(module))
                        .as("allowedDependencies of %s (the modules it uses: %s)", module, used.get(module))
                        .isEqualTo(used.get(module)));
    }

    private static ApplicationModule packageAnnotation(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
