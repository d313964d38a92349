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
      alreadyActive: 'That account is already active.'
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
    invalid: 'Invalid value.'
  }
}
