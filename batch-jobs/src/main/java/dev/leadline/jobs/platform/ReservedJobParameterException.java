package dev.leadline.jobs.platform;

import dev.leadline.jobs.problems.ProblemException;
import java.util.Collection;

/**
 * A caller's job parameters used a name the platform sets itself ({@code run.*},
 * {@code tenant.*}, {@code leadline.*}).
 */
public class ReservedJobParameterException extends ProblemException {

	public ReservedJobParameterException(Collection<String> names) {
		super(422, "reserved-job-parameter", "Reserved job parameter", "The parameter(s) " + String.join(", ", names)
				+ " are set by the platform and cannot be given: names starting with 'run.', 'tenant.' or 'leadline.' are reserved.");
	}

}
