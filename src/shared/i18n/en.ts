import type { zhCN } from './zh-CN'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

/** Messages the core answers with (error and validation keys), in English. */
export const en: Shape<typeof zhCN> = {
  errors: {
    validation: 'Some input needs attention. Nothing was saved.',
    unknownChannel: 'Unknown operation.',
    unauthenticated: 'Please log in first.',
    forbidden: 'Your role may not do this.',
    notFound: 'That record was not found; someone may have deleted it.',
    conflict: 'This conflicts with an existing record. Nothing was saved.',
    inUse: 'Other records still use this one, so it cannot be deleted. Deactivate it instead.',
    locked: 'XinAn is locked. Please log in again. Nothing was saved.',
    internal: 'An internal error stopped the operation. No data was changed.',
    auth: {
      invalidCredentials: 'Wrong username or password.',
      throttled: 'Too many attempts. Try again in {{seconds}} seconds.',
      mustChangePassword: 'Please change your first password before going on.',
      passwordReused: 'The new password must differ from the current one.',
      passwordIsUsername: 'The password must not be the username.',
      wrongCurrentPassword: 'The current password is wrong.',
      invalidRecoveryCode: 'Wrong recovery code, or that account is not an administrator.',
      recoveryGroupsMismatch: 'The groups you typed do not match. Check the recovery code you wrote down.',
      noPendingRecoveryCode: 'The recovery code has been confirmed and is no longer shown.'
    },
    vault: {
      alreadySetUp: 'XinAn is already set up.',
      missing: 'The database exists but its key file vault.json is missing. Restore it from a backup; do not delete the database.',
      corrupt: 'The key file vault.json is damaged or not in the expected format. Restore it from a backup.',
      tampered: 'The key file vault.json has been altered: its signature does not match. Restore it from a backup and check this PC.',
      dbMissing: 'The database file xinan.db is missing. Restore it from a backup.',
      dbNotOurs: 'The database file does not belong to this key file (or is not encrypted). Check the data folder.',
      dbCorrupt: 'The database file is damaged (perhaps truncated). Restore it from a backup.',
      dbTooNew: 'The database was written by a newer version of XinAn. Upgrade XinAn to open it.',
      migrationEdited: 'The database upgrade history does not match this version. Stopped to protect the data.'
    },
    users: {
      usernameTaken: 'That username is taken.',
      cannotDeactivateSelf: 'You cannot deactivate your own account.',
      lastAdmin: 'At least one active administrator must remain.',
      inactive: 'That account is deactivated.',
      alreadyActive: 'That account is already active.',
      stationsPartTimeOnly: 'Only part-time counsellors have college stations.',
      unknownCollege: 'A chosen college does not exist; it may have been deleted.'
    },
    students: {
      studentNoTaken: 'Student number {{studentNo}} belongs to another student.',
      classNeedsCollege: 'Choose the college before the class.',
      unknownCollege: 'That college does not exist; it may have been deleted.',
      unknownClass: 'That class does not exist; it may have been deleted.',
      classNotInCollege: 'That class is not in the chosen college.',
      outsideStations: 'You may place students only in the colleges of your stations.'
    },
    import: {
      unreadable: 'This file cannot be read. Upload the roster as CSV or XLSX.',
      empty: 'No header row and no data were found in the file.',
      quoteNotClosed: 'The file has a quote that is never closed, so its columns cannot be told apart. Save it again as CSV from Excel and retry.',
      noStudentNoColumn: 'Choose the column that holds the student number.',
      noNameColumn: 'Choose the column that holds the name.',
      columnOutOfRange: 'The chosen column is not in the file.',
      required: '{{column}} is empty.',
      studentNo: '{{column}} “{{value}}” is not a student number: 4–20 letters, digits or dashes.',
      duplicateStudentNo: 'Student number {{value}} also appears in row {{otherRow}}.',
      gender: '{{column}} “{{value}}” is not recognised. Write 男 or 女 (male or female).',
      date: '{{column}} “{{value}}” is not a date. Write it like 2004-05-06.',
      status: '{{column}} “{{value}}” is not recognised. Write 在读, 休学, 毕业 or 退学 (enrolled, on leave, graduated, withdrawn).',
      phone: '{{column}} “{{value}}” may hold digits, spaces and + - ( ) only.',
      tooLong: '{{column}} is too long (at most {{max}} characters).',
      classNeedsCollege: 'Class “{{value}}” needs its college (no single class has that name).',
      rowsInvalid: 'The roster has {{count}} problems. No student was imported; correct them and import again.',
      missingOrg: 'The roster names colleges or classes that are not set up. No student was imported. Create them first, or choose to create them.',
      missingCollege: 'College “{{college}}” is not set up.',
      missingClass: 'Class “{{college}} / {{className}}” is not set up.'
    },
    watch: {
      sameTier: 'The student is already at this tier; nothing to change.',
      notOnList: 'The student is not on the watch list; there is nothing to remove.',
      itemDone: 'That item is already done.',
      itemSuperseded: 'The tier has changed since; this item was replaced by the new checklist.',
      notCounsellor: 'Choose an active counsellor (full-time, part-time or the director).',
      dateInFuture: 'A follow-up cannot be dated after today.',
      notOnAgenda: 'The student is not on this meeting’s agenda.'
    },
    appointments: {
      notYourCalendar: 'You can only work on appointments and hours in your own calendar.',
      notCounsellor: 'Choose an active counsellor (full-time, part-time or the director).',
      roomNotInUse: 'That room does not exist or is no longer in use.',
      clashCounsellor: '{{counsellor}} already has an appointment on {{date}} at {{time}}.',
      clashRoom: '{{room}} is already taken on {{date}} at {{time}}.',
      clashStudent: '{{student}} already has another appointment on {{date}} at {{time}}.',
      outsideAvailability: '{{date}} {{time}} is outside the hours of {{counsellor}}. To book it anyway, give a reason.',
      onLeave: '{{counsellor}} is on leave or training on {{date}}. To book it anyway, give a reason.',
      endBeforeStart: 'The end must be later than the start.',
      slotOverlap: 'Overlaps slot {{other}} on the same day.',
      toBeforeFrom: 'The last day cannot be before the first.',
      rangeTooLong: 'Show at most 6 weeks at a time.',
      alreadyWaiting: 'This student is already on the waitlist.',
      waitlistClosed: 'This waitlist entry is closed (booked or taken off).',
      waitlistOtherStudent: 'This waitlist entry belongs to another student.',
      groupHasNoStudent: 'Group sessions and open days have no single student; add participants after booking.',
      capacityGroupOnly: 'Only group sessions and open days have a capacity.',
      notBooked: 'Only booked appointments can be changed (attended and cancelled ones stay as they are).',
      attendFuture: 'This appointment’s day has not come yet, so it cannot be marked attended.',
      notGroup: 'Only group sessions and open days take participants.',
      studentOrAnonymous: 'Choose a student, or give a number of anonymous visitors — not both.',
      full: 'The session is full ({{capacity}} places).',
      alreadyParticipant: 'This student is already taking part.'
    },
    notes: {
      signed: 'This note is signed and can no longer change. Add an addendum to correct it.',
      notSigned: 'Only a signed note takes addenda.',
      notAuthor: 'Only the author of a note may edit, discard or sign it.',
      draftOfOther: 'This is another counsellor’s unsigned draft.',
      addendumAuthorOrAdmin: 'Only the author of the note or the director may add an addendum.',
      unknownTemplate: 'There is no such note template.',
      templateRetired: 'This note template is retired. Choose another one.',
      unknownAppointment: 'The appointment does not exist; it may have been deleted.',
      appointmentOtherStudent: 'This appointment is not this student’s. Choose one of the student’s appointments.',
      appointmentNotAttended: 'Notes are written for attended appointments. Mark the appointment attended first.',
      unknownField: 'This field is not part of the note’s template.',
      unknownCategory: 'This problem category does not exist or is retired.',
      categoryRequired: 'Choose at least one problem category before signing.',
      riskRequired: 'This template needs the risk assessment before the note can be signed.',
      noRiskSection: 'This template has no risk assessment.',
      levelNeedsRisk: 'Complete the risk assessment before setting the risk level.',
      lowerReasonRequired: 'A risk level below the assessed one needs a written reason.'
    },
    noteSettings: {
      categoryInUse: 'A shipped category, or one that notes use, cannot be removed. Retire it instead.',
      noActiveCategory: 'Keep at least one category active.'
    },
    alerts: {
      resolved: 'Someone has already recorded the action for this crisis alert.'
    },
    referrals: {
      notDraft: 'This referral has been sent and can no longer be changed. Only drafts can be edited.',
      notNextStep: 'Steps cannot be skipped: only the next step of the referral can be recorded.',
      closed: 'This referral is closed. To follow it up again, reopen it first with a written reason (back to follow-up).',
      changed: 'Someone else has just updated this referral. Refresh and try again.',
      draftNoBack: 'A draft is the first step of a referral: there is no earlier step to go back to.',
      dateInFuture: 'The date cannot be later than today.',
      dateBeforePrevious: 'The date cannot be earlier than the previous step ({{date}}).',
      untilBeforeStart: 'The end of the leave cannot be earlier than its start.',
      unknownDetail: 'This step does not record this item.',
      unknownHospital: 'This hospital is not in the directory; it may have been removed.',
      hospitalInactive: 'This hospital is no longer on the list. Choose another one.',
      hospitalTaken: 'The directory already has a hospital with this name and department.',
      requiredForLetter: 'Needed before the referral letter is printed or the referral is marked sent.',
      familyInformedRequired: 'This student is in the crisis tier: record who in the family was told, and when, before marking the referral sent.',
      returnFormTooEarly: "The return-to-school form can be printed once the hospital's outcome is recorded."
    },
    screening: {
      kindChanged: 'An instrument’s kind (scored from items or already classified) cannot change; create a new instrument instead.',
      unknownInstrument: 'There is no such instrument.',
      notAdministrable: 'This instrument cannot be given in the app; its results are imported from the screening platform.',
      answerCount: 'Wrong number of answers: this instrument has {{count}} items, and each needs an answer.',
      answerOutOfRange: 'The answer to item {{item}} is out of range ({{min}}–{{max}}).',
      dateInFuture: 'The date taken cannot be later than today.'
    },
    screeningImport: {
      unknownRound: 'There is no such screening round.',
      unknownPlatform: 'There is no such saved platform layout; it may have been deleted.',
      unknownInstrument: 'There is no instrument “{{instrument}}”.',
      noStudentNoColumn: 'No student number column was found: choose the column that holds the student number.',
      columnOutOfRange: 'Column {{number}} does not exist (the file has {{count}} columns).',
      columnUsedTwice: 'The column “{{column}}” is chosen twice; each column can hold one thing only.',
      duplicateInstrument: 'The instrument {{instrument}} is chosen twice.',
      noLevelColumn: 'Choose the column that holds the {{instrument}} level.',
      noItemColumns: 'The item columns of {{instrument}} ({{expected}} items) were not found: choose them item by item.',
      itemCount: '{{instrument}} has {{expected}} items, but {{count}} columns are chosen.',
      unknownExtra: '{{instrument}} has no extra answer “{{extra}}”.',
      columnCount: 'This row has {{count}} columns but the header has {{expected}}: the columns may have shifted.',
      required: '{{column}} is empty.',
      duplicateStudent: 'Student number {{value}} also appears in row {{otherRow}}.',
      date: '{{column}} “{{value}}” is not a valid date; write it like 2025-09-20.',
      dateInFuture: '{{column}} “{{value}}” is later than today.',
      blankAnswer: '{{column}} is not answered.',
      yesNo: 'The answer “{{value}}” in {{column}} is not recognised: write yes or no (or 1, 0).',
      answer: 'The answer “{{value}}” in {{column}} is out of range: it must be a whole number from {{min}} to {{max}}.',
      level: '{{column}} “{{value}}” is not a recognised level.',
      alreadyInRoundDifferent: 'Student number {{value}} already has a {{instrument}} result in this round, with different answers. Ask the administrator to correct it.',
      rowsInvalid: 'The file has {{count}} problems; nothing was imported. Correct them and import again.'
    },
    screeningInterview: {
      notFlagged: 'There is no such screening flag.',
      closed: 'This interview already has its outcome (confirmed or false alarm); it cannot change.',
      alreadyBooked: 'An interview is already booked for this student. To change the time, move that appointment in the calendar.'
    },
    backup: {
      notABackup: 'This folder is not a XinAn backup.',
      manifestMissing: 'The backup\'s manifest.json is missing: it was not copied completely, or was changed.',
      formatUnsupported: 'This backup was made by a newer version of XinAn. Upgrade XinAn first.',
      truncated: 'The backup file {{file}} is incomplete (missing or the wrong size); the copy may have been interrupted.',
      tampered: 'The backup file {{file}} does not match what was backed up: it was altered or damaged.',
      corrupt: 'The backup\'s database fails its integrity checks and cannot be used.',
      notEncrypted: 'The backup\'s database is not encrypted, so XinAn did not make it. Refused.',
      wrongKey: 'This vault\'s key does not open the backup: it belongs to another centre\'s database.',
      tooNew: 'The backup\'s database is newer than this version of XinAn. Upgrade XinAn first.',
      foreignVault: 'This is another centre\'s backup; it cannot replace this centre\'s data.',
      wrongSecret: 'The password or recovery code does not open this backup (it must be one that was valid when the backup was made).',
      currentUnreadable: 'This PC\'s key file cannot be read, so it cannot be checked that the backup belongs here. Confirm to replace it; the current files are kept aside in the data folder.',
      targetUnavailable: 'The chosen folder cannot be written (missing, unplugged or read-only).',
      noSpace: 'Not enough space on the target drive; the backup was not made and nothing was left behind.',
      verifyFailed: 'The backup failed its check after writing and was deleted. Try another drive.',
      restoreFailed: 'The restored database failed its checks; the previous data was put back and nothing changed.',
      rollbackFailed: 'The restore failed and the previous data could not be put back automatically. The previous files are in {{folder}}. Contact your administrator.',
      failed: 'The backup did not complete (an unexpected error) and left no files. Try again; if it fails again, contact support.',
      noFolder: 'No backup folder is set: choose one (for example a USB drive) in Settings → Backups & retention.',
      folderNotAbsolute: 'Enter the full path of the folder (for example E:\\XinAn backups or /media/usb/xinan-backups).',
      folderMissing: 'This folder does not exist (or is not a folder). Plug in the USB drive or create the folder first.',
      folderInDataDir: 'Backups cannot go into XinAn’s own data folder: they would be lost with the PC. Choose a USB drive or another disk.',
      changedSinceShown: 'The backup in this folder is no longer the one shown. Choose it again, then confirm.',
      onlyFirstScreen: 'A backup can be restored before signing in only on a new installation or when the data cannot be opened. Otherwise an administrator restores it in Settings after signing in.'
    },
    retention: {
      countChanged: 'The number of students to purge is now {{actual}} (you confirmed {{expected}}). Preview again, then confirm.'
    },
    activities: {
      notFound: 'This activity does not exist; it may have been taken out.',
      notYours: 'A part-time counsellor may change or take out only the activities they logged.'
    },
    settings: {
      collegeNameTaken: 'A college with that name exists.',
      classNameTaken: 'That college already has a class with that name.',
      roomNameTaken: 'A room with that name exists.',
      collegeHasClasses: 'The college still has classes. Delete or move them first.'
    }
  },
  validation: {
    required: 'Required.',
    tooLong: 'Too long (at most {{max}} characters).',
    tooShort: 'Too short (at least {{min}} characters).',
    username: 'Usernames are 3–32 lowercase letters, digits or . _ -, starting with a letter or digit.',
    passwordTooShort: 'Passwords have at least {{min}} characters.',
    invalidId: 'Invalid ID.',
    role: 'Choose a role.',
    phone: 'Phone numbers may hold digits, spaces and + - ( ) only.',
    date: 'Dates are written YYYY-MM-DD.',
    datetime: 'Invalid time.',
    logoTooLarge: 'The image is too large (about 256 KB at most).',
    logoFormat: 'Upload a PNG or JPEG image.',
    choice: 'Choose from the list.',
    min: 'At least {{min}}.',
    max: 'At most {{max}}.',
    invalidType: 'Wrong format.',
    unknownField: 'Unknown fields: {{keys}}.',
    invalid: 'Invalid value.',
    studentNo: 'Student numbers are 4–20 letters, digits or dashes.',
    time: 'Times are written HH:mm.',
    key: 'Keys start with a lowercase letter, then letters, digits or underscores (40 at most).',
    templateOptions: 'Choice fields need options; other fields take none.',
    templateDuplicateField: 'Field keys must be unique within a template.',
    duplicate: 'Repeats an earlier entry.',
    templateLayout: 'This layout needs exactly {{count}} sections.',
    fileTooLarge: 'The file is too large (about 30 MB at most).',
    instrumentCondition: 'Each condition names exactly one of score, items or extra.',
    instrumentRuleEmpty: 'A rule needs at least one condition.',
    instrumentAnswers: 'Invalid answer range: the maximum must exceed the minimum, with one label per answer.',
    instrumentItemTexts: 'There must be one item text per item.',
    instrumentItem: 'The item number is beyond the instrument’s items.',
    instrumentScore: 'No such score or extra answer (use total, positive, maxFactor or a factor key).',
    instrumentBands: 'Bands must be in ascending order of their minimum, without repeats.',
    wholeNumber: 'Enter a whole number.',
    rangeOrder: 'The end date cannot be before the start date.',
    rangeTooLong: 'A report covers at most 5 years.',
    channelOnlyForPublicity: 'Only a publicity post has a channel.',
    themeOnlyForEvents: 'Only an event has a theme.',
    notInFuture: 'The date cannot be after today.'
  },
  timeline: {
    referrals: {
      step: {
        draft: 'Referral started ({{date}})',
        sent: 'Referral: sent to hospital ({{date}})',
        seen: 'Referral: seen at hospital ({{date}})',
        outcome: 'Referral: outcome recorded ({{date}})',
        on_leave: 'Referral: on leave ({{date}})',
        returned: 'Referral: back at school ({{date}})',
        follow_up: 'Referral: follow-up after return ({{date}})',
        closed: 'Referral: closed ({{date}})'
      },
      back: {
        draft: 'Referral stepped back: draft',
        sent: 'Referral stepped back: sent',
        seen: 'Referral stepped back: seen at hospital',
        outcome: 'Referral stepped back: outcome recorded',
        on_leave: 'Referral stepped back: on leave',
        returned: 'Referral stepped back: back at school',
        follow_up: 'Referral reopened: follow-up'
      },
      contact: {
        family: 'Referral: contact with the family ({{date}})',
        hospital: 'Referral: contact with the hospital ({{date}})',
        advisor: 'Referral: contact with the advisor ({{date}})',
        student: 'Referral: contact with the student ({{date}})'
      }
    },
    notes: {
      signed: 'Note: {{template}}',
      signedLevel: 'Note: {{template}} (risk: {{level}})',
      sensitive: 'Note (sensitive: its author and the director only)'
    },
    appointments: {
      booked: 'Appointment: {{appointmentKind}} ({{counsellor}})',
      attended: 'Attended: {{appointmentKind}} ({{counsellor}})',
      cancelled: 'Appointment cancelled: {{appointmentKind}} ({{counsellor}})'
    },
    screening: {
      result: 'Screening: {{instrument}} ({{date}})',
      resultFlagged: 'Screening: {{instrument}} ({{date}}), screen positive',
      interview: {
        confirmed: 'Second-stage interview: concern confirmed ({{round}})',
        false_alarm: 'Second-stage interview: false alarm ({{round}})',
        refused: 'Second-stage interview: the student declined ({{round}})'
      }
    },
    watch: {
      tierSet: 'Put on the watch list: {{to}}',
      tierChanged: 'Watch tier changed: {{from}} → {{to}}',
      tierRemoved: 'Taken off the watch list (was {{from}})',
      checklistDone: 'Done: {{item}}',
      planSaved: 'Plan revision {{revision}}',
      followUp: 'Follow-up: {{kind}} ({{channel}})',
      reviewDecision: 'Weekly review ({{date}}): {{decision}}'
    }
  }
}
