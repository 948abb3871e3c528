package dev.leadline.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module's rules (docs/ARCHITECTURE.md, "Module rules"): the platform and the shared
 * packages below the features know no feature, features do not import each other, and no
 * packages form a cycle. A feature is any package of {@code dev.leadline.jobs} other than
 * the shared ones, so a new feature is covered the day it lands.
 */
@AnalyzeClasses(packages = "dev.leadline.jobs", importOptions = ImportOption.DoNotIncludeTests.class)
class JobsArchitectureTests {

	/** Below the features: every feature may use these, they use no feature. */
	static final String[] SHARED = { "dev.leadline.jobs.platform..", "dev.leadline.jobs.problems..",
			"dev.leadline.jobs.contactdata..", "dev.leadline.jobs.files..", "dev.leadline.jobs.outbound..",
			"dev.leadline.jobs.logging.." };

	@ArchTest
	static final ArchRule sharedPackagesKnowNoFeature = noClasses().that()
		.resideInAnyPackage(SHARED)
		.should()
		.dependOnClassesThat(FeaturePackages.FEATURE)
		.as("the platform and the shared packages know no feature");

	/**
	 * Every HTTP call goes through the guarded fetcher (address checks, limits, no call
	 * inside a transaction): nothing else opens a connection.
	 */
	@ArchTest
	static final ArchRule onlyTheOutboundLayerOpensConnections = noClasses().that()
		.resideOutsideOfPackage("dev.leadline.jobs.outbound..")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.net.Socket")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.net.http.HttpClient")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.net.URLConnection")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.net.HttpURLConnection")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("javax.net.ssl.SSLSocketFactory")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.nio.channels.SocketChannel")
		.orShould()
		.callMethod(java.net.URL.class, "openConnection")
		.orShould()
		.callMethod(java.net.URL.class, "openStream")
		.as("only the outbound layer opens connections");

	@ArchTest
	static final ArchRule featuresDoNotImportEachOther = slices().matching("dev.leadline.jobs.(*)..")
		.that(FeaturePackages.FEATURE_SLICE)
		.should()
		.notDependOnEachOther()
		.as("features do not import each other; what two need lives in a shared package below them");

	@ArchTest
	static final ArchRule noCyclesBetweenFeaturesAndSharedPackages = slices().matching("dev.leadline.jobs.(*)..")
		.should()
		.beFreeOfCycles()
		.as("no cycles between the module's top-level packages");

	/**
	 * Inside a feature, its sub-packages (the import's detection, mapping, reading,
	 * writing) form no cycle among themselves; the feature's top package is its entry and
	 * may use them all.
	 */
	@ArchTest
	static final ArchRule noCyclesInsideAFeature = slices().matching("dev.leadline.jobs.(*).(*)..")
		.should()
		.beFreeOfCycles()
		.as("no cycles between a feature's sub-packages");

}
