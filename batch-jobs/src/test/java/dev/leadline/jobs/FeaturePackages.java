package dev.leadline.jobs;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.List;

/**
 * Which packages of {@code dev.leadline.jobs} are features: all but the shared ones below
 * them.
 */
final class FeaturePackages {

	private static final List<String> SHARED = List.of("platform", "problems", "contactdata", "selection", "credits",
			"outbound", "files", "logging");

	static final DescribedPredicate<JavaClass> FEATURE = DescribedPredicate.describe("a feature's class",
			(JavaClass type) -> featureOf(type.getPackageName()) != null);

	static final DescribedPredicate<Slice> FEATURE_SLICE = DescribedPredicate.describe("features",
			(Slice slice) -> !SHARED.contains(slice.getNamePart(1)));

	private FeaturePackages() {
	}

	/** The feature a package belongs to, or null for the shared packages and the root. */
	static String featureOf(String packageName) {
		String prefix = "dev.leadline.jobs.";
		if (!packageName.startsWith(prefix)) {
			return null;
		}
		String top = packageName.substring(prefix.length()).split("\\.")[0];
		return SHARED.contains(top) ? null : top;
	}

}
