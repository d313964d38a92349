import type { statsZh } from './zh'

/** English strings of the statistics screen. */
export const statsEn: typeof statsZh = {
  title: 'Statistics and activities',
  listSeparator: ', ',
  tabs: { label: 'Statistics views', report: 'Report', activities: 'Activities' },
  range: {
    mode: 'Period',
    modes: { month: 'Month', term: 'Term', year: 'Year', custom: 'Custom' },
    month: 'Month',
    term: 'Term',
    year: 'Year',
    yearOption: '{{year}}',
    autumn: 'Autumn term {{start}}–{{end}}',
    spring: 'Spring term {{start}}–{{end}}',
    from: 'From',
    to: 'To',
    apply: 'Show',
    shown: 'Period: {{from}} to {{to}}'
  },
  report: {
    loadFailed: 'Could not make the report: {{message}}',
    generated: 'Made {{time}}; threshold k = {{k}}.',
    rounds: 'Screening rounds in this period: {{names}}',
    figures: '{{section}}: key figures',
    noRate: '—'
  },
  percent: '{{value}}%',
  hidden: {
    primary: '<{{k}}',
    secondary: 'hidden',
    primaryWhy: 'fewer than {{k}} people',
    secondaryWhy: 'hidden so that it cannot be worked out',
    notShown: 'not published',
    legendTitle: 'Hidden numbers',
    legendPrimary: 'more than 0 but fewer than {{k}} people: the number is not published.',
    legendSecondary: 'hidden as well, so that no hidden number can be worked out from the totals.',
    legendExport: 'Exported files do not tell the two apart: every hidden cell is marked *.'
  },
  table: {
    total: 'Total',
    withheld: 'Fewer than {{k}} people in the whole table: not published.',
    merged: '“Other” includes: {{names}}',
    mergedCols: 'The “Other” column includes: {{names}}'
  },
  charts: {
    sessionsByKind: 'Sessions by kind',
    studentsByCollege: 'Students seen by college',
    watchByTier: 'Watch list by tier',
    value: '{{label}} {{value}}',
    series: 'Count'
  },
  export: {
    label: 'Export the report',
    xlsx: 'Export XLSX',
    csv: 'Export CSV',
    pdf: 'Export PDF',
    done: 'Exported {{fileName}}.',
    failed: 'Export failed'
  },
  threshold: {
    label: 'Statistics threshold k',
    help: 'Counts above 0 and below k show as “<k”; 3 to 11.',
    save: 'Save threshold',
    saved: 'The threshold is now {{k}}; the report was made again with it.',
    loadFailed: 'Could not read the threshold: {{message}}'
  },
  activities: {
    intro: 'The centre’s trainings, lectures, publicity posts and events. Only the centre’s own work, no student’s details; counted in the report’s “Activities” section.',
    loadFailed: 'Could not load the activities: {{message}}',
    create: 'Log an activity',
    caption: 'Centre activities ({{count}})',
    empty: 'No activities logged in this period.',
    columns: { date: 'Date', kind: 'Kind', title: 'Title', participants: 'Participants', detail: 'Channel / theme', by: 'Logged by', actions: 'Actions' },
    notCounted: 'not counted',
    none: '—',
    edit: 'Edit: {{title}}',
    remove: 'Remove: {{title}}',
    kinds: { training: 'Training', lecture: 'Lecture', publicity: 'Publicity', event: 'Event', other: 'Other' },
    channels: { wechat: 'WeChat account', website: 'Website', poster: 'Poster', broadcast: 'Broadcast', other: 'Other' },
    themes: { day525: '5·25 Mental Health Day', day1010: '10·10 World Mental Health Day', other: 'Other theme' },
    form: {
      createTitle: 'Log an activity',
      editTitle: 'Edit the activity',
      kind: 'Kind',
      title: 'Title',
      date: 'Date',
      participants: 'Participants',
      participantsHelp: 'Required for trainings and lectures; may be left empty for others.',
      channel: 'Channel',
      theme: 'Theme',
      notes: 'Notes',
      notesHelp: 'Do not write a student’s name or number.',
      submitCreate: 'Log activity',
      submitEdit: 'Save changes',
      created: 'Activity “{{title}}” logged.',
      updated: 'Activity “{{title}}” saved.'
    },
    removeForm: {
      title: 'Remove the activity: {{title}}',
      intro: 'The activity leaves the list and the counts; its record stays in the database.',
      reason: 'Reason',
      submit: 'Remove activity',
      removed: 'Activity “{{title}}” removed.'
    }
  }
}
