CREATE TABLE `students` (
	`id` text PRIMARY KEY NOT NULL,
	`student_no` text NOT NULL,
	`name` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`name_initials` text NOT NULL,
	`gender` text DEFAULT 'unknown' NOT NULL,
	`birth_date` text,
	`college_id` text,
	`class_id` text,
	`grade` text DEFAULT '' NOT NULL,
	`major` text DEFAULT '' NOT NULL,
	`dorm` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`guardian_name` text DEFAULT '' NOT NULL,
	`guardian_relation` text DEFAULT '' NOT NULL,
	`guardian_phone` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'enrolled' NOT NULL,
	`contact_notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`college_id`) REFERENCES `colleges`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `students_no_unique` ON `students` (`student_no`);--> statement-breakpoint
CREATE INDEX `students_pinyin` ON `students` (`name_pinyin`);--> statement-breakpoint
CREATE INDEX `students_initials` ON `students` (`name_initials`);--> statement-breakpoint
CREATE INDEX `students_class` ON `students` (`class_id`);--> statement-breakpoint
CREATE INDEX `students_college` ON `students` (`college_id`);--> statement-breakpoint
CREATE TABLE `user_stations` (
	`user_id` text NOT NULL,
	`college_id` text NOT NULL,
	PRIMARY KEY(`user_id`, `college_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`college_id`) REFERENCES `colleges`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `checklist_items` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`change_id` text NOT NULL,
	`tier` text NOT NULL,
	`item` text NOT NULL,
	`due_at` text NOT NULL,
	`done_at` text,
	`done_by` text,
	`note` text DEFAULT '' NOT NULL,
	`superseded_at` text,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`change_id`) REFERENCES `tier_changes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`done_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checklist_student` ON `checklist_items` (`student_id`);--> statement-breakpoint
CREATE INDEX `checklist_change` ON `checklist_items` (`change_id`);--> statement-breakpoint
CREATE INDEX `checklist_open` ON `checklist_items` (`done_at`,`superseded_at`,`due_at`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`channel` text NOT NULL,
	`with_whom` text DEFAULT '' NOT NULL,
	`summary` text NOT NULL,
	`by_user_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_ups_student` ON `follow_ups` (`student_id`,`date`);--> statement-breakpoint
CREATE INDEX `follow_ups_date` ON `follow_ups` (`date`,`kind`);--> statement-breakpoint
CREATE TABLE `plan_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`revision` integer NOT NULL,
	`goals` text NOT NULL,
	`measures` text NOT NULL,
	`counsellor_id` text,
	`advisor_name` text DEFAULT '' NOT NULL,
	`peer_supporter` text DEFAULT '' NOT NULL,
	`family_contact` text DEFAULT '' NOT NULL,
	`review_every_days` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`counsellor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_revisions_student_revision` ON `plan_revisions` (`student_id`,`revision`);--> statement-breakpoint
CREATE INDEX `plan_revisions_counsellor` ON `plan_revisions` (`counsellor_id`);--> statement-breakpoint
CREATE TABLE `review_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_date` text NOT NULL,
	`student_id` text NOT NULL,
	`decision` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`by_user_id` text,
	`at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_decisions_meeting_student` ON `review_decisions` (`meeting_date`,`student_id`);--> statement-breakpoint
CREATE TABLE `tier_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`from_tier` text,
	`to_tier` text,
	`at` text NOT NULL,
	`by_user_id` text,
	`reason` text NOT NULL,
	`risk_factors` text DEFAULT '[]' NOT NULL,
	`special_period` text,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tier_changes_student` ON `tier_changes` (`student_id`,`at`);--> statement-breakpoint
CREATE INDEX `tier_changes_at` ON `tier_changes` (`at`);--> statement-breakpoint
CREATE TABLE `watch_status` (
	`student_id` text PRIMARY KEY NOT NULL,
	`tier` text,
	`since` text NOT NULL,
	`change_id` text NOT NULL,
	`next_review_date` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `watch_status_tier` ON `watch_status` (`tier`);--> statement-breakpoint
CREATE INDEX `watch_status_review` ON `watch_status` (`next_review_date`);--> statement-breakpoint
-- Student search: a trigram index over name, student number, pinyin, initials, dorm and class,
-- linked to students by rowid and kept by triggers. VACUUM may renumber rowids of tables
-- without an INTEGER PRIMARY KEY: rebuild it after one (students/search.ts, rebuildStudentSearch).
CREATE VIRTUAL TABLE `student_search` USING fts5(`text`, tokenize = 'trigram');
--> statement-breakpoint
CREATE TRIGGER `students_search_insert` AFTER INSERT ON `students` BEGIN
  INSERT INTO `student_search` (rowid, `text`) VALUES (NEW.rowid,
    NEW.name || ' ' || NEW.student_no || ' ' || NEW.name_pinyin || ' ' || NEW.name_initials || ' ' || NEW.dorm || ' ' ||
    coalesce((SELECT `name` FROM `classes` WHERE `id` = NEW.class_id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `students_search_update` AFTER UPDATE ON `students` BEGIN
  DELETE FROM `student_search` WHERE rowid = OLD.rowid;
  INSERT INTO `student_search` (rowid, `text`) VALUES (NEW.rowid,
    NEW.name || ' ' || NEW.student_no || ' ' || NEW.name_pinyin || ' ' || NEW.name_initials || ' ' || NEW.dorm || ' ' ||
    coalesce((SELECT `name` FROM `classes` WHERE `id` = NEW.class_id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `students_search_delete` AFTER DELETE ON `students` BEGIN
  DELETE FROM `student_search` WHERE rowid = OLD.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `classes_search_rename` AFTER UPDATE OF `name` ON `classes` BEGIN
  DELETE FROM `student_search` WHERE rowid IN (SELECT rowid FROM `students` WHERE `class_id` = NEW.id);
  INSERT INTO `student_search` (rowid, `text`)
    SELECT s.rowid, s.name || ' ' || s.student_no || ' ' || s.name_pinyin || ' ' || s.name_initials || ' ' || s.dorm || ' ' || NEW.name
    FROM `students` s WHERE s.`class_id` = NEW.id;
END;
