package dev.leadline.jobs.reports;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages through SLF4J (it prints its own otherwise): warnings and
 * errors as warnings, the rest at debug level, under {@code com.openhtmltopdf}.
 */
final class OpenHtmlToPdfLog implements XRLogger {

	private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

	private OpenHtmlToPdfLog() {
	}

	static void install() {
		if (!(XRLog.getLoggerImpl() instanceof OpenHtmlToPdfLog)) {
			XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		if (level.intValue() >= Level.WARNING.intValue()) {
			log.warn("{}: {}", where, message, error);
		}
		else {
			log.debug("{}: {}", where, message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || log.isDebugEnabled();
	}

}
