package dev.leadline.jobs.platform;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads 1..items; its position is saved under its name, so a restart continues after the
 * last commit. For jobs whose items are just a count (the drill, tests).
 */
public class CountingItemReader extends AbstractItemCountingItemStreamItemReader<Integer> {

	private int next;

	public CountingItemReader(String name, int items) {
		setName(name);
		setMaxItemCount(items);
	}

	@Override
	protected Integer doRead() {
		return ++next;
	}

	@Override
	protected void doOpen() {
		next = 0;
	}

	@Override
	protected void doClose() {
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		next = itemIndex;
	}

}
