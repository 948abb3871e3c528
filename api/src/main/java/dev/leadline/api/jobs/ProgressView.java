package dev.leadline.api.jobs;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * @param itemsDone items read and handled (written, filtered or skipped) in committed
 * chunks
 * @param itemsExpected how many the run expects to handle, when known
 * @param percent itemsDone of itemsExpected, 0 to 100, when known
 * @param itemsPerSecond throughput of the current (or last) attempt: its items over its
 * time
 */
public record ProgressView(long itemsDone, @Schema(types = {
		"integer", "null" }) Long itemsExpected, @Schema(types = { "number", "null" }) Double percent,
		double itemsPerSecond){
}
