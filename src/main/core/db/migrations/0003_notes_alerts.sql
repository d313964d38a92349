CREATE TABLE `note_addenda` (
	`id` text PRIMARY KEY NOT NULL,
	`note_id` text NOT NULL,
	`author_id` text NOT NULL,
	`text` text NOT NULL,
	`signed_at` text NOT NULL,
	FOREIGN KEY (`note_id`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `note_addenda_note` ON `note_addenda` (`note_id`,`signed_at`);--> statement-breakpoint
CREATE TABLE `note_templates` (
	`key` text NOT NULL,
	`version` integer NOT NULL,
	`definition` text NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	PRIMARY KEY(`key`, `version`),
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `notes` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`appointment_id` text,
	`author_id` text NOT NULL,
	`template_key` text NOT NULL,
	`template_version` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`sensitive` integer DEFAULT false NOT NULL,
	`content` text DEFAULT '{}' NOT NULL,
	`categories` text DEFAULT '[]' NOT NULL,
	`risk` text,
	`computed_level` text,
	`level` text,
	`lower_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`signed_at` text,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `notes_student` ON `notes` (`student_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notes_author_status` ON `notes` (`author_id`,`status`);--> statement-breakpoint
CREATE INDEX `notes_appointment` ON `notes` (`appointment_id`);--> statement-breakpoint
CREATE INDEX `notes_signed` ON `notes` (`signed_at`);--> statement-breakpoint
CREATE TABLE `crisis_alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	`level` text NOT NULL,
	`raised_at` text NOT NULL,
	`raised_by` text,
	`resolved_at` text,
	`resolved_by` text,
	`action` text,
	`moved_to_crisis` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`raised_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `crisis_alerts_open` ON `crisis_alerts` (`resolved_at`,`raised_at`);--> statement-breakpoint
CREATE INDEX `crisis_alerts_student` ON `crisis_alerts` (`student_id`);--> statement-breakpoint
CREATE INDEX `crisis_alerts_source` ON `crisis_alerts` (`source`,`source_id`);--> statement-breakpoint
-- Note search: a trigram index over each note's field values and its addenda, linked to notes by
-- rowid and kept by triggers (rebuild after a VACUUM, which may renumber rowids).
CREATE VIRTUAL TABLE `note_search` USING fts5(`text`, tokenize = 'trigram');
--> statement-breakpoint
CREATE TRIGGER `notes_search_insert` AFTER INSERT ON `notes` BEGIN
  INSERT INTO `note_search` (rowid, `text`) VALUES (NEW.rowid,
    coalesce((SELECT group_concat(CASE WHEN j.type = 'array' THEN (SELECT group_concat(a.value, ' ') FROM json_each(j.value) a) ELSE j.value END, ' ') FROM json_each(NEW.content) j), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `notes_search_update` AFTER UPDATE OF `content` ON `notes` BEGIN
  DELETE FROM `note_search` WHERE rowid = OLD.rowid;
  INSERT INTO `note_search` (rowid, `text`) VALUES (NEW.rowid,
    coalesce((SELECT group_concat(CASE WHEN j.type = 'array' THEN (SELECT group_concat(a.value, ' ') FROM json_each(j.value) a) ELSE j.value END, ' ') FROM json_each(NEW.content) j), '') || ' ' ||
    coalesce((SELECT group_concat(`text`, ' ') FROM `note_addenda` WHERE `note_id` = NEW.id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `notes_search_delete` AFTER DELETE ON `notes` BEGIN
  DELETE FROM `note_search` WHERE rowid = OLD.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `note_addenda_search_insert` AFTER INSERT ON `note_addenda` BEGIN
  UPDATE `note_search` SET `text` = `text` || ' ' || NEW.`text` WHERE rowid = (SELECT rowid FROM `notes` WHERE `id` = NEW.note_id);
END;
