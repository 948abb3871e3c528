package dev.leadline.api.system.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method: its read-only transactions may be served by the read database
 * ({@code LEADLINE_DB_READ_URL}), so what it shows may lag the primary by the replica's
 * delay. Only for browsing, where a second-old page is acceptable; never on anything a
 * client reads right after writing it (an import's status, a job's progress).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReplicaRead {

}
