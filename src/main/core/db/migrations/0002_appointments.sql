CREATE TABLE `appointment_participants` (
	`id` text PRIMARY KEY NOT NULL,
	`appointment_id` text NOT NULL,
	`student_id` text,
	`anonymous_count` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `participants_appointment` ON `appointment_participants` (`appointment_id`);--> statement-breakpoint
CREATE INDEX `participants_student` ON `appointment_participants` (`student_id`);--> statement-breakpoint
CREATE TABLE `appointment_series` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `appointments` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'booked' NOT NULL,
	`student_id` text,
	`counsellor_id` text NOT NULL,
	`room_id` text,
	`start_at` text NOT NULL,
	`end_at` text NOT NULL,
	`series_id` text,
	`series_index` integer,
	`capacity` integer,
	`cancel_reason` text,
	`cancel_note` text DEFAULT '' NOT NULL,
	`cancelled_at` text,
	`attended_at` text,
	`outside_availability_reason` text,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`counsellor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`series_id`) REFERENCES `appointment_series`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appointments_counsellor` ON `appointments` (`counsellor_id`,`start_at`);--> statement-breakpoint
CREATE INDEX `appointments_room` ON `appointments` (`room_id`,`start_at`);--> statement-breakpoint
CREATE INDEX `appointments_student` ON `appointments` (`student_id`,`start_at`);--> statement-breakpoint
CREATE INDEX `appointments_start` ON `appointments` (`start_at`);--> statement-breakpoint
CREATE INDEX `appointments_series` ON `appointments` (`series_id`,`series_index`);--> statement-breakpoint
CREATE TABLE `availability_exceptions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`kind` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `availability_exceptions_user` ON `availability_exceptions` (`user_id`,`from_date`);--> statement-breakpoint
CREATE TABLE `availability_slots` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`weekday` integer NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL,
	`room_id` text,
	`site` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `availability_user` ON `availability_slots` (`user_id`,`weekday`);--> statement-breakpoint
CREATE TABLE `waitlist` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`urgency` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`added_at` text NOT NULL,
	`added_by` text,
	`closed_at` text,
	`closed_reason` text,
	`appointment_id` text,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `waitlist_open` ON `waitlist` (`closed_at`,`added_at`);--> statement-breakpoint
CREATE INDEX `waitlist_student` ON `waitlist` (`student_id`);