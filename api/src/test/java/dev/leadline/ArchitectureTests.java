package dev.leadline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The modules' direction, db <- batch-jobs <- api, and the api's packages (and system's)
 * without cycles, with system underneath every feature: kept true by the build.
 */
@AnalyzeClasses(packages = "dev.leadline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule modulesDependInOneDirection = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("db")
		.definedBy("dev.leadline.db..")
		.layer("batch-jobs")
		.definedBy("dev.leadline.jobs..")
		.layer("api")
		.definedBy("dev.leadline.api..")
		.whereLayer("api")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("batch-jobs")
		.mayOnlyBeAccessedByLayers("api")
		.whereLayer("db")
		.mayOnlyBeAccessedByLayers("batch-jobs", "api");

	@ArchTest
	static final ArchRule apiPackagesAreFreeOfCycles = slices().matching("dev.leadline.api.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule systemPackagesAreFreeOfCycles = slices().matching("dev.leadline.api.system.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule systemDependsOnNoFeature = noClasses().that()
		.resideInAPackage("dev.leadline.api.system..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.leadline.api.audit..", "dev.leadline.api.auth..", "dev.leadline.api.companies..",
				"dev.leadline.api.contacts..", "dev.leadline.api.imports..", "dev.leadline.api.jobs..",
				"dev.leadline.api.overview..", "dev.leadline.api.tenants..", "dev.leadline.api.users..");

	/** Contact data rules sit below the features that share them. */
	@ArchTest
	static final ArchRule contactDataRulesDependOnNoFeature = noClasses().that()
		.resideInAPackage("dev.leadline.jobs.contactdata..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.leadline.jobs.csvimport..", "dev.leadline.jobs.contacts..", "dev.leadline.api..");

	/** The API uses the import through its public entry, never its parts. */
	@ArchTest
	static final ArchRule apiUsesTheImportsEntryOnly = noClasses().that()
		.resideInAPackage("dev.leadline.api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.leadline.jobs.csvimport.detection..", "dev.leadline.jobs.csvimport.mapping..",
				"dev.leadline.jobs.csvimport.reading..", "dev.leadline.jobs.csvimport.writing..");

}
