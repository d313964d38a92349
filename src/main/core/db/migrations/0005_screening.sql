CREATE TABLE `screening_flags` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`student_id` text NOT NULL,
	`severity` integer NOT NULL,
	`key_hit` integer NOT NULL,
	`rank` real NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`appointment_id` text,
	`outcome_at` text,
	`outcome_by` text,
	`outcome_note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `screening_rounds`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`outcome_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `screening_flags_round_student` ON `screening_flags` (`round_id`,`student_id`);--> statement-breakpoint
CREATE INDEX `screening_flags_order` ON `screening_flags` (`round_id`,`key_hit`,`severity`,`rank`);--> statement-breakpoint
CREATE INDEX `screening_flags_student` ON `screening_flags` (`student_id`);--> statement-breakpoint
CREATE TABLE `screening_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`file_name` text NOT NULL,
	`fingerprint` text NOT NULL,
	`rows` integer NOT NULL,
	`imported` integer NOT NULL,
	`skipped` integer NOT NULL,
	`platform_id` text,
	`imported_at` text NOT NULL,
	`imported_by` text,
	FOREIGN KEY (`round_id`) REFERENCES `screening_rounds`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`platform_id`) REFERENCES `screening_platforms`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `screening_imports_fingerprint` ON `screening_imports` (`fingerprint`);--> statement-breakpoint
CREATE INDEX `screening_imports_round` ON `screening_imports` (`round_id`);--> statement-breakpoint
CREATE TABLE `screening_instruments` (
	`key` text NOT NULL,
	`version` integer NOT NULL,
	`definition` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	PRIMARY KEY(`key`, `version`),
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `screening_platforms` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`mapping` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `screening_platforms_name` ON `screening_platforms` (`name`);--> statement-breakpoint
CREATE TABLE `screening_results` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`instrument_key` text NOT NULL,
	`instrument_version` integer NOT NULL,
	`source` text NOT NULL,
	`round_id` text,
	`import_id` text,
	`taken_on` text NOT NULL,
	`answers` text DEFAULT '[]' NOT NULL,
	`extras` text DEFAULT '{}' NOT NULL,
	`level_value` text,
	`total` real,
	`positive` integer,
	`factors` text DEFAULT '{}' NOT NULL,
	`band` text,
	`level` text,
	`severity` integer NOT NULL,
	`flagged` integer NOT NULL,
	`key_hits` text DEFAULT '[]' NOT NULL,
	`alert` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`round_id`) REFERENCES `screening_rounds`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`import_id`) REFERENCES `screening_imports`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `screening_results_student` ON `screening_results` (`student_id`,`taken_on`);--> statement-breakpoint
CREATE INDEX `screening_results_round` ON `screening_results` (`round_id`,`student_id`,`instrument_key`);--> statement-breakpoint
CREATE INDEX `screening_results_import` ON `screening_results` (`import_id`);--> statement-breakpoint
CREATE TABLE `screening_rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`date` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
