ALTER TABLE `students` ADD `left_on` text;--> statement-breakpoint
-- Students who left before this column existed: the last change to their row is the best date
-- there is (the status change, or an edit after it), taken as a centre date (UTC+8). It is never
-- earlier than the day they left, so no record expires sooner than it should.
UPDATE `students` SET `left_on` = date(`updated_at`, '+8 hours') WHERE `status` IN ('graduated', 'withdrawn');
