/**
 * The kinds of file a user may upload as a record's evidence (a signed consent form, a scoring
 * sheet's documents): what each is declared as, the names it goes by, and what to call it. The
 * server checks the content is what the kind says (`platform/http/uploaded-file.ts`); the web
 * offers the same names in its file picker.
 */
export const uploadKinds = {
  pdf: { mimetype: 'application/pdf', extensions: ['.pdf'], label: 'PDF' },
  jpeg: { mimetype: 'image/jpeg', extensions: ['.jpg', '.jpeg', '.jfif'], label: 'JPG' },
  png: { mimetype: 'image/png', extensions: ['.png'], label: 'PNG' },
  docx: {
    mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
    label: 'Word (.docx)',
  },
  xlsx: {
    mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['.xlsx'],
    label: 'Excel (.xlsx)',
  },
} as const;
export type UploadKind = keyof typeof uploadKinds;

/** The picker's `accept`: every name and type the kinds go by. */
export const uploadAccept = (kinds: readonly UploadKind[]) =>
  kinds.flatMap((k) => [...uploadKinds[k].extensions, uploadKinds[k].mimetype]).join(',');
