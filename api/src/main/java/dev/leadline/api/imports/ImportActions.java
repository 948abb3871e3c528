package dev.leadline.api.imports;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.api.auth.CurrentUser;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.jobs.csvimport.ContactImports;
import dev.leadline.jobs.csvimport.FormatOverrides;
import dev.leadline.jobs.csvimport.MappingChoice;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.RunTicket;
import dev.leadline.jobs.platform.RunTrigger;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import lifecycle as the user drives it, each step audited in its own transaction.
 */
@Service
class ImportActions {

	private final ContactImports imports;

	private final AuditLog audit;

	private final JobRuns runs;

	ImportActions(ContactImports imports, AuditLog audit, JobRuns runs) {
		this.imports = imports;
		this.audit = audit;
		this.runs = runs;
	}

	/** Not one transaction: storing a large file must not hold a database connection. */
	long upload(CurrentUser user, MultipartFile file) throws IOException {
		long id;
		try (InputStream in = file.getInputStream()) {
			id = imports.upload(user.tenantId(), user.userId(), file.getOriginalFilename(), in);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("file", String.valueOf(file.getOriginalFilename()));
		details.put("bytes", file.getSize());
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "import.uploaded", target(id), details);
		return id;
	}

	/**
	 * Not one transaction: reading the file again may ask the language model, which must
	 * not hold a lock.
	 */
	void reformat(CurrentUser user, long id, FormatRequest request) {
		imports.reformat(id,
				new FormatOverrides(request.encoding(),
						request.delimiter() == null ? null : request.delimiter().charAt(0),
						request.quote() == null ? null : request.quote().charAt(0), request.hasHeader()));
	}

	@Transactional
	void confirm(CurrentUser user, long id, MappingRequest request) {
		MappingChoice choice = request.toChoice();
		imports.confirm(id, choice);
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "import.mapping_confirmed", target(id),
				Map.of("columns", choice.columns().size(), "existing", choice.existing().getLiteral()));
	}

	@Transactional
	RunTicket start(CurrentUser user, long id, String idempotencyKey) {
		RunTicket ticket = imports.start(id, RunTrigger.api(user.userId()), idempotencyKey);
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "import.started", target(id),
				Map.of("jobId", ticket.runId()));
		return ticket;
	}

	/**
	 * Stops the import's run: at once when queued, at its next chunk boundary when
	 * running; rows already committed stay. Not one transaction: the run is locked and
	 * its execution signalled in steps of their own.
	 */
	void stop(CurrentUser user, long id) {
		long runId = imports.runOf(id);
		JobRunStatus status = runs.stop(runId, user.userId());
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "import.stopped", target(id),
				Map.of("jobId", runId, "status", status.getLiteral()));
	}

	private static AuditLog.Target target(long id) {
		return AuditLog.Target.of("contact_import", id);
	}

}
