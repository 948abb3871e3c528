-- Spring Batch's schema has no index on a step execution's job execution, and every read of a run's progress
-- (the Jobs pages, each run of a list) sums the step executions of the run's job executions: a sequential scan
-- of all step executions ever recorded, which grow with every nightly run and every partition. This index
-- serves those sums and the check that a step is the manager of partitions (PartitionSteps).
CREATE INDEX batch_step_execution_job_execution ON batch_step_execution (job_execution_id, step_name);
