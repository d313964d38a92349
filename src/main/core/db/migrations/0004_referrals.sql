CREATE TABLE `hospitals` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`department` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `referral_events` (
	`id` text PRIMARY KEY NOT NULL,
	`referral_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text,
	`date` text NOT NULL,
	`details` text DEFAULT '{}' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`contact_with` text,
	`contact_channel` text,
	`by_user_id` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referral_events_referral` ON `referral_events` (`referral_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`counsellor_id` text NOT NULL,
	`hospital_id` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`urgency` text NOT NULL,
	`form` text DEFAULT '{}' NOT NULL,
	`status_date` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`counsellor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`hospital_id`) REFERENCES `hospitals`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `referrals_student` ON `referrals` (`student_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `referrals_status` ON `referrals` (`status`,`status_date`);