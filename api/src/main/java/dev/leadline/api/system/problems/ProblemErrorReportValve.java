package dev.leadline.api.system.problems;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page (requests refused before any filter runs: a 1 MB header, an
 * invalid request target, TRACE, {@code /WEB-INF/...}) as problem details instead of an
 * HTML page naming the server, with the same security headers as every other response.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			SecurityHeaders.of(request.isSecure()).forEach(response::setHeader);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"" + ProblemTypes.forStatus(status) + "\",\"title\":\""
						+ (status >= 500 ? "Internal error" : "Bad request") + "\",\"status\":" + status
						+ ",\"detail\":\"The server refused the request before handling it (for example: "
						+ "headers too large or malformed).\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ignored) {
			// The connection is going away; nothing more can be said.
		}
	}

}
