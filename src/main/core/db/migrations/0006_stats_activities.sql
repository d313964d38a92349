CREATE TABLE `centre_activities` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`participants` integer,
	`channel` text,
	`theme` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`removed_at` text,
	`removed_by` text,
	`removed_reason` text,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`removed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `centre_activities_date` ON `centre_activities` (`date`,`kind`);--> statement-breakpoint
CREATE INDEX `students_status_college` ON `students` (`status`,`college_id`);--> statement-breakpoint
CREATE INDEX `plan_revisions_created` ON `plan_revisions` (`created_at`);--> statement-breakpoint
CREATE INDEX `notes_created_categories` ON `notes` (`created_at`,`status`,`student_id`,`categories`);