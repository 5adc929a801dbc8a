import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  hasControlCharacter,
  identifierErrorMessages,
  uploadKinds,
  type LocalizedText,
  type UploadKind,
} from '@shegong/domain';
import { invalidField } from '../errors/app-error';
import { attachment } from '../export/content-disposition';
import { entryString, findEntry, zipEntries } from '../imports/xlsx-zip';

/** A file as uploaded and checked: its name, its kind's type (never the declared one), its bytes. */
export interface UploadedFile {
  name: string;
  type: string;
  content: Buffer;
}

export interface UploadRules {
  /** What the file is, to name it in a refusal: 同意书 / the consent form. */
  what: LocalizedText;
  kinds: readonly UploadKind[];
  maxBytes: number;
}

/** The OOXML main part each Office kind must declare: a macro-enabled one (.docm) declares another. */
const officeMainParts: Partial<Record<UploadKind, { part: string; contentType: string }>> = {
  docx: {
    part: 'word/document.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  },
  xlsx: {
    part: 'xl/workbook.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  },
};

const startsWithBytes = (content: Buffer, bytes: readonly number[]) =>
  content.length >= bytes.length && bytes.every((b, i) => content[i] === b);

/** Whether the content is what the kind says, by its signature (and an Office file by its parts). */
async function contentIs(kind: UploadKind, content: Buffer): Promise<boolean> {
  if (kind === 'pdf') return startsWithBytes(content, [0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
  if (kind === 'png')
    return startsWithBytes(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (kind === 'jpeg') return startsWithBytes(content, [0xff, 0xd8, 0xff]);
  const office = officeMainParts[kind]!;
  if (!startsWithBytes(content, [0x50, 0x4b, 0x03, 0x04])) return false;
  try {
    const entries = zipEntries(content);
    const types = findEntry(entries, '[Content_Types].xml');
    if (!types || !findEntry(entries, office.part)) return false;
    return (await entryString(content, types, 1024 * 1024)).includes(office.contentType);
  } catch {
    return false; // not a zip this reader can read: not a file of the kind
  }
}

const extensionOf = (name: string) => /\.[^.]+$/.exec(name)?.[0].toLowerCase();
const kindByExtension = (name: string) => {
  const extension = extensionOf(name);
  return (Object.keys(uploadKinds) as UploadKind[]).find((k) =>
    (uploadKinds[k].extensions as readonly string[]).includes(extension ?? ''),
  );
};
const kindByMimetype = (mimetype: string) =>
  (Object.keys(uploadKinds) as UploadKind[]).find((k) => uploadKinds[k].mimetype === mimetype);

function listOf(kinds: readonly UploadKind[]): LocalizedText {
  const labels = kinds.map((k) => uploadKinds[k].label);
  const last = labels.at(-1)!;
  const rest = labels.slice(0, -1);
  return {
    'zh-CN': rest.length ? `${rest.join('、')} 或 ${last}` : last,
    'en-US': rest.length ? `${rest.join(', ')} or ${last}` : last,
  };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * The one file of a multipart upload (field `file`), read whole and checked: a file there, no
 * control character in its name, of one of the kinds allowed — declared so by its type or its
 * name, and its content truly of that kind (a PNG renamed .pdf is refused) — and within the
 * size. Every refusal is a 400 naming `file`.
 */
export async function readUploadedFile(
  request: FastifyRequest,
  { what, kinds, maxBytes }: UploadRules,
): Promise<UploadedFile> {
  const file = request.isMultipart()
    ? await request.file({ limits: { fileSize: maxBytes } })
    : undefined;
  const refuse = (message: LocalizedText) => {
    file?.file.resume();
    return invalidField('file', message);
  };
  if (!file)
    throw refuse({
      'zh-CN': `请选择${what['zh-CN']}文件`,
      'en-US': `Choose ${what['en-US']} file`,
    });
  if (hasControlCharacter(file.filename))
    throw refuse(identifierErrorMessages.text.controlCharacter);
  const allowed = listOf(kinds);
  // A browser that does not know the type sends application/octet-stream: the name says then.
  const kind = kindByMimetype(file.mimetype) ?? kindByExtension(file.filename);
  const extension = extensionOf(file.filename);
  if (!kind || !kinds.includes(kind) || (extension && kindByExtension(file.filename) !== kind))
    throw refuse({
      'zh-CN': `${what['zh-CN']}须为 ${allowed['zh-CN']} 文件`,
      'en-US': `${capitalised(what['en-US'])} must be a ${allowed['en-US']} file`,
    });
  // Past the limit the reader stops keeping the file and says so.
  const content = await file.toBuffer().catch((error: { code?: string }) => {
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') return null;
    throw error;
  });
  if (!content || content.length > maxBytes)
    throw invalidField('file', {
      'zh-CN': `${what['zh-CN']}文件不能超过 ${megabytes(maxBytes)}`,
      'en-US': `${capitalised(what['en-US'])} must not exceed ${megabytes(maxBytes)}`,
    });
  if (!(await contentIs(kind, content)))
    throw invalidField('file', {
      'zh-CN': `文件内容不是 ${uploadKinds[kind].label}，与其类型不符`,
      'en-US': `The file's content is not ${uploadKinds[kind].label}, whatever its type says`,
    });
  return { name: file.filename, type: uploadKinds[kind].mimetype, content };
}

/** A stored file sent back as a download under its own name and checked type. */
export const sendFile = (reply: FastifyReply, file: UploadedFile) =>
  reply
    .header('Content-Type', file.type)
    .header('Content-Disposition', attachment(file.name))
    .send(file.content);
