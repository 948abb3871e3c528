package dev.leadline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The modules' direction, db <- batch-jobs <- api, kept true by the build. */
@AnalyzeClasses(packages = "dev.leadline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule modulesDependInOneDirection = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("db").definedBy("dev.leadline.db..")
            .layer("batch-jobs").definedBy("dev.leadline.jobs..")
            .layer("api").definedBy("dev.leadline.api..")
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("batch-jobs").mayOnlyBeAccessedByLayers("api")
            .whereLayer("db").mayOnlyBeAccessedByLayers("batch-jobs", "api");

    /** Contact data rules sit below the features that share them. */
    @ArchTest
    static final ArchRule contactDataRulesDependOnNoFeature = noClasses()
            .that().resideInAPackage("dev.leadline.jobs.contactdata..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.leadline.jobs.csvimport..",
                    "dev.leadline.jobs.contacts..", "dev.leadline.api..");

    /** The API uses the import through its public entry, never its parts. */
    @ArchTest
    static final ArchRule apiUsesTheImportsEntryOnly = noClasses()
            .that().resideInAPackage("dev.leadline.api..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.leadline.jobs.csvimport.detection..",
                    "dev.leadline.jobs.csvimport.mapping..", "dev.leadline.jobs.csvimport.reading..",
                    "dev.leadline.jobs.csvimport.writing..");
}
