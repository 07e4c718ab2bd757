-- The W3C trace context of the transaction that wrote the event, so that its consumers continue that trace; and of
-- the consumer's processing, so that an event's effect can be found in the trace of the request that caused it.
ALTER TABLE outbox_event ADD COLUMN trace_parent varchar(55);
ALTER TABLE processed_event ADD COLUMN trace_parent varchar(55);
