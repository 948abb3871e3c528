package dev.leadline.jobs.drill;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/** Reads 1..items; its position is saved under its name, so a restart continues after the last commit. */
class DrillReader extends AbstractItemCountingItemStreamItemReader<Integer> {

    private int next;

    DrillReader(int items) {
        setName("drillReader");
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
