package org.newsclaims;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;

/** The packages follow the data flow: each uses only the packages below it, and none takes part in a cycle. */
@AnalyzeClasses(packages = "org.newsclaims", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The root package: what every stage shares (model files, user errors, build information). */
    private static final String SHARED = "org.newsclaims";

    /** The packages under the root, lowest first. */
    private static final List<String> LAYERS = List.of("normalize", "ingest", "nlp", "money", "claims", "dedup", "index",
            "query", "export", "web", "eval", "pipeline", "spark", "bench", "cli");

    @ArchTest
    static final ArchRule eachPackageUsesOnlyThoseBelowIt = layers();

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.newsclaims.(*)..").should().beFreeOfCycles();

    private static LayeredArchitecture layers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer(SHARED).definedBy(SHARED);
        for (String layer : LAYERS) {
            layers = layers.layer(layer).definedBy(SHARED + "." + layer + "..");
        }
        layers = layers.whereLayer(SHARED).mayNotAccessAnyLayer();
        List<String> below = new ArrayList<>(List.of(SHARED));
        for (String layer : LAYERS) {
            layers = layers.whereLayer(layer).mayOnlyAccessLayers(below.toArray(String[]::new));
            below.add(layer);
        }
        return layers;
    }
}
